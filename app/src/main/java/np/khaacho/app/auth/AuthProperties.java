package np.khaacho.app.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * How long login codes, tokens and sessions last, how many tries and requests are allowed, and the
 * code hashing key. A session (one login) ends {@code sessionMaxAge} after the login however often it
 * is refreshed; no token of it outlives it.
 */
@ConfigurationProperties("khaacho.auth")
public record AuthProperties(
        Duration codeTtl,
        int maxAttempts,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration sessionMaxAge,
        Duration refreshReuseGrace,
        String codeSecret,
        Limit perPhone,
        Limit perIp,
        Limit failedVerificationsPerPhone,
        Duration cleanupInterval) {

    public AuthProperties {
        Objects.requireNonNull(codeTtl, "khaacho.auth.code-ttl");
        Objects.requireNonNull(accessTokenTtl, "khaacho.auth.access-token-ttl");
        Objects.requireNonNull(refreshTokenTtl, "khaacho.auth.refresh-token-ttl");
        Objects.requireNonNull(sessionMaxAge, "khaacho.auth.session-max-age");
        Objects.requireNonNull(refreshReuseGrace, "khaacho.auth.refresh-reuse-grace");
        Objects.requireNonNull(perPhone, "khaacho.auth.per-phone");
        Objects.requireNonNull(perIp, "khaacho.auth.per-ip");
        Objects.requireNonNull(failedVerificationsPerPhone, "khaacho.auth.failed-verifications-per-phone");
        Objects.requireNonNull(cleanupInterval, "khaacho.auth.cleanup-interval");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("khaacho.auth.max-attempts must be at least 1");
        }
        for (Duration lifetime : new Duration[]{codeTtl, accessTokenTtl, refreshTokenTtl, sessionMaxAge}) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("khaacho.auth: code, token and session lifetimes must be positive");
            }
        }
    }

    /** The longest window of the rate limits: a counter older than it counts for nothing. */
    Duration longestWindow() {
        Duration longest = perPhone.window();
        for (Limit limit : new Limit[]{perIp, failedVerificationsPerPhone}) {
            if (limit.window().compareTo(longest) > 0) {
                longest = limit.window();
            }
        }
        return longest;
    }

    /** At most {@code limit} requests in a window of this length. */
    public record Limit(int limit, Duration window) {

        public Limit {
            Objects.requireNonNull(window, "window");
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a positive limit and window");
            }
        }
    }
}
