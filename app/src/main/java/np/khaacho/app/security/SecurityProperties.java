package np.khaacho.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/** Where the signing key lives, how long tokens last, and who issues them. */
@ConfigurationProperties("khaacho.security")
public record SecurityProperties(Path keyFile, Duration tokenTtl, String issuer) {
}
