package np.khaacho.app.security;

import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    @TempDir
    Path keys;

    private final MovableClock clock = new MovableClock();

    @Test
    void aRememberedTokenIsStillCheckedForExpiryOnEveryUse() {
        JwtKeys jwtKeys = JwtKeys.load("", "", keys.resolve("key.pem"));
        TokenIssuer issuer = new TokenIssuer(jwtKeys, "khaacho", Duration.ofMinutes(5), Clock.systemUTC());
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withPublicKey(jwtKeys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        verifier.setJwtValidator(expiry);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, expiry, 2);

        String token = issuer.issue("buyer-1", Role.BUYER, "+9779841100201", Channel.API);
        Jwt first = cache.decode(token);
        assertThat(first.getSubject()).isEqualTo("buyer-1");
        assertThat(cache.decode(token)).as("the second use is served from memory").isSameAs(first);

        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(forged)).as("a refused token is never remembered")
                .isInstanceOf(JwtException.class);

        for (String other : new String[]{"buyer-2", "buyer-3", "buyer-4"}) {
            assertThat(cache.decode(issuer.issue(other, Role.BUYER, "+9779841100202", Channel.API)).getSubject())
                    .isEqualTo(other);
        }
        assertThat(cache.decode(token).getSubject()).as("verified again after the memory filled up").isEqualTo("buyer-1");

        clock.move(Duration.ofMinutes(6));
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
