package np.khaacho.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The access tokens revoked before their time (a logout, a stolen refresh token), by their id
 * ({@code jti}), in {@code auth.revoked_access_tokens} until they would have expired anyway. Every
 * request's token is checked against it. The list is read from PostgreSQL at most once per cache time
 * (so other instances learn of a revocation within it); what this instance revokes is refused here at
 * once. While the database cannot be read, the last list read stays in force.
 */
public class RevokedTokens implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(RevokedTokens.class);
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "the token has been revoked", null);

    private final JdbcTemplate jdbc;
    private final long cacheNanos;
    private final ReentrantLock loading = new ReentrantLock();
    /** Revoked here, kept until they expire: a list read just before the revocation committed lacks them. */
    private final Map<String, Instant> revokedHere = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    public RevokedTokens(JdbcTemplate jdbc, Duration cacheTime) {
        this.jdbc = jdbc;
        this.cacheNanos = cacheTime.toNanos();
    }

    /** Revokes access tokens until they expire; joins the caller's transaction. Revoking twice changes nothing. */
    public void revoke(Collection<AccessToken> tokens) {
        Instant now = Instant.now();
        for (AccessToken token : tokens) {
            if (token.id() == null || !token.expiresAt().isAfter(now)) {
                continue;
            }
            jdbc.update("""
                    INSERT INTO auth.revoked_access_tokens (token_id, expires_at, revoked_at) VALUES (?, ?, now())
                    ON CONFLICT (token_id) DO NOTHING""", token.id(), Timestamp.from(token.expiresAt()));
            revokedHere.put(token.id(), token.expiresAt());
        }
    }

    public boolean isRevoked(String tokenId) {
        return tokenId != null && (revokedHere.containsKey(tokenId) || current().ids().contains(tokenId));
    }

    /** A token without an id cannot have been revoked (the issuer gives every token one). */
    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        return isRevoked(jwt.getId()) ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }

    /** Forgets revocations of tokens that have expired since; returns how many. */
    public int deleteExpired() {
        return jdbc.update("DELETE FROM auth.revoked_access_tokens WHERE expires_at <= now()");
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - known.readAt() < cacheNanos) {
            return known;
        }
        // One thread reads; the others go on with the list they have, unless there is none yet.
        if (known != null && !loading.tryLock()) {
            return known;
        }
        if (known == null) {
            loading.lock();
        }
        try {
            Snapshot latest = snapshot;
            if (latest != null && latest != known && System.nanoTime() - latest.readAt() < cacheNanos) {
                return latest;
            }
            snapshot = read(latest);
            return snapshot;
        } finally {
            loading.unlock();
        }
    }

    private Snapshot read(Snapshot previous) {
        long readAt = System.nanoTime();
        try {
            List<String> ids = jdbc.queryForList(
                    "SELECT token_id FROM auth.revoked_access_tokens WHERE expires_at > now()", String.class);
            Instant now = Instant.now();
            revokedHere.values().removeIf(expiresAt -> !expiresAt.isAfter(now));
            return new Snapshot(Set.copyOf(new HashSet<>(ids)), readAt);
        } catch (DataAccessException e) {
            log.warn("the revoked access tokens could not be read; the last list read stays in force: {}",
                    e.getMostSpecificCause().getMessage());
            return new Snapshot(previous == null ? Set.of() : previous.ids(), readAt);
        }
    }

    /** An access token by its id and the instant it expires. */
    public record AccessToken(String id, Instant expiresAt) {
    }

    private record Snapshot(Set<String> ids, long readAt) {
    }
}
