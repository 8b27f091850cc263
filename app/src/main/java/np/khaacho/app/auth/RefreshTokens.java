package np.khaacho.app.auth;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens in {@code auth.refresh_tokens}, by the hash of their value, grouped in rotation families. */
class RefreshTokens {

    private final JdbcTemplate jdbc;

    RefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new token of the family; returns when it expires. */
    Instant add(UUID id, byte[] tokenHash, UUID familyId, String userId, Duration ttl) {
        return jdbc.queryForObject("""
                INSERT INTO auth.refresh_tokens (id, token_hash, family_id, user_id, issued_at, expires_at)
                VALUES (?, ?, ?, ?, now(), now() + make_interval(secs => ?))
                RETURNING expires_at""",
                (rs, row) -> rs.getTimestamp("expires_at").toInstant(),
                id, tokenHash, familyId, userId, ttl.toMillis() / 1000.0);
    }

    /** The token with this hash, locked until the transaction ends, so that it is used once. */
    Optional<StoredToken> lock(byte[] tokenHash) {
        return jdbc.query("""
                        SELECT id, family_id, user_id, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired
                        FROM auth.refresh_tokens WHERE token_hash = ? FOR UPDATE""",
                (rs, row) -> new StoredToken(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getString("user_id"), rs.getBoolean("revoked"), rs.getBoolean("expired")),
                tokenHash).stream().findFirst();
    }

    void replace(UUID id, UUID successor) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = now(), replaced_by = ? WHERE id = ?", successor, id);
    }

    void revokeFamily(UUID familyId) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE family_id = ? AND revoked_at IS NULL",
                familyId);
    }

    /** Revoking twice, or a token never issued, changes nothing. */
    void revoke(byte[] tokenHash) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL",
                tokenHash);
    }

    /**
     * Forgets families whose every token has expired: a revoked token must be remembered while it
     * could still be presented, so that its reuse is noticed.
     */
    int deleteExpiredFamilies() {
        return jdbc.update("""
                DELETE FROM auth.refresh_tokens t WHERE NOT EXISTS (
                    SELECT 1 FROM auth.refresh_tokens live
                    WHERE live.family_id = t.family_id AND live.expires_at > now())""");
    }

    record StoredToken(UUID id, UUID familyId, String userId, boolean revoked, boolean expired) {
    }
}
