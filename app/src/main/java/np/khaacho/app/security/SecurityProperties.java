package np.khaacho.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the signing key lives, how long tokens last, who issues them, and how long a list of revoked
 * access tokens read from the database is trusted before it is read again.
 */
@ConfigurationProperties("khaacho.security")
public record SecurityProperties(Path keyFile, Duration tokenTtl, String issuer, Duration revocationCacheTime) {

    public SecurityProperties {
        if (revocationCacheTime == null) {
            revocationCacheTime = Duration.ofSeconds(5);
        }
        if (revocationCacheTime.isNegative()) {
            throw new IllegalArgumentException("khaacho.security.revocation-cache-time must not be negative");
        }
    }
}
