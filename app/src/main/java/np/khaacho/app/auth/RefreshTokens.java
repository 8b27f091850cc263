package np.khaacho.app.auth;

import np.khaacho.app.security.RevokedTokens.AccessToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in {@code auth.refresh_tokens}, by the hash of their value, grouped in rotation
 * families: one family is one session (one login), which started at {@code session_started_at}. Each
 * token remembers the access token issued with it, so that ending the session revokes those too.
 */
class RefreshTokens {

    private final JdbcTemplate jdbc;

    RefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new token of the family with the access token issued alongside; returns when it expires.
     * A null session start is a new session, starting now.
     */
    Instant add(UUID id, byte[] tokenHash, UUID familyId, String userId, Duration ttl, Instant sessionStartedAt,
                AccessToken accessToken) {
        return jdbc.queryForObject("""
                INSERT INTO auth.refresh_tokens (id, token_hash, family_id, user_id, issued_at, expires_at,
                                                 session_started_at, access_token_id, access_expires_at)
                VALUES (?, ?, ?, ?, now(), now() + make_interval(secs => ?), COALESCE(?, now()), ?, ?)
                RETURNING expires_at""",
                (rs, row) -> rs.getTimestamp("expires_at").toInstant(),
                id, tokenHash, familyId, userId, ttl.toMillis() / 1000.0,
                sessionStartedAt == null ? null : Timestamp.from(sessionStartedAt),
                accessToken.id(), Timestamp.from(accessToken.expiresAt()));
    }

    /**
     * The token with this hash, locked until the transaction ends, so that it is used once; with how
     * long its session has left of a session lifetime of {@code maxAge}.
     */
    Optional<StoredToken> lock(byte[] tokenHash, Duration maxAge, Duration reuseGrace) {
        return jdbc.query("""
                        SELECT id, family_id, user_id, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired,
                               replaced_by IS NOT NULL AND revoked_at > now() - make_interval(secs => ?) AS just_replaced,
                               session_started_at,
                               extract(epoch FROM session_started_at + make_interval(secs => ?) - now()) AS session_left
                        FROM auth.refresh_tokens WHERE token_hash = ? FOR UPDATE""",
                (rs, row) -> new StoredToken(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getString("user_id"), rs.getBoolean("revoked"), rs.getBoolean("just_replaced"),
                        rs.getBoolean("expired"), rs.getTimestamp("session_started_at").toInstant(),
                        // whole seconds, as tokens state their expiry
                        Duration.ofSeconds((long) Math.floor(rs.getDouble("session_left")))),
                reuseGrace.toMillis() / 1000.0, maxAge.toMillis() / 1000.0, tokenHash).stream().findFirst();
    }

    void replace(UUID id, UUID successor) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = now(), replaced_by = ? WHERE id = ?", successor, id);
    }

    /** Revokes every token of the family; answers the access tokens issued with them that have not expired. */
    List<AccessToken> revokeFamily(UUID familyId) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE family_id = ? AND revoked_at IS NULL",
                familyId);
        return jdbc.query("""
                        SELECT access_token_id, access_expires_at FROM auth.refresh_tokens
                        WHERE family_id = ? AND access_token_id IS NOT NULL AND access_expires_at > now()""",
                (rs, row) -> new AccessToken(rs.getString(1), rs.getTimestamp(2).toInstant()), familyId);
    }

    /** The family of the token with this hash; empty for a token never issued (or long forgotten). */
    Optional<UUID> familyOf(byte[] tokenHash) {
        return jdbc.query("SELECT family_id FROM auth.refresh_tokens WHERE token_hash = ?",
                (rs, row) -> rs.getObject(1, UUID.class), tokenHash).stream().findFirst();
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

    /** A stored token, and how long its session has left ({@code sessionLeft} zero or negative: it has ended). */
    /** {@code justReplaced}: revoked by a refresh of its session less than the reuse grace ago. */
    record StoredToken(UUID id, UUID familyId, String userId, boolean revoked, boolean justReplaced, boolean expired,
                       Instant sessionStartedAt, Duration sessionLeft) {
    }
}
