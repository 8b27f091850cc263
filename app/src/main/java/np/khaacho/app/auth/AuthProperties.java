package np.khaacho.app.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/** How long login codes and tokens last, how many tries and requests are allowed, and the code hashing key. */
@ConfigurationProperties("khaacho.auth")
public record AuthProperties(
        Duration codeTtl,
        int maxAttempts,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        String codeSecret,
        Limit perPhone,
        Limit perIp,
        Duration cleanupInterval) {

    public AuthProperties {
        Objects.requireNonNull(codeTtl, "khaacho.auth.code-ttl");
        Objects.requireNonNull(accessTokenTtl, "khaacho.auth.access-token-ttl");
        Objects.requireNonNull(refreshTokenTtl, "khaacho.auth.refresh-token-ttl");
        Objects.requireNonNull(perPhone, "khaacho.auth.per-phone");
        Objects.requireNonNull(perIp, "khaacho.auth.per-ip");
        Objects.requireNonNull(cleanupInterval, "khaacho.auth.cleanup-interval");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("khaacho.auth.max-attempts must be at least 1");
        }
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
