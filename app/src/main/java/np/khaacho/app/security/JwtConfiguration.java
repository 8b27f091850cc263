package np.khaacho.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

import java.time.Clock;

/** The key pair, the token issuer and the decoder that checks incoming tokens. */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class JwtConfiguration {

    @Bean
    public JwtKeys jwtKeys(SecurityProperties properties,
                           @Value("${JWT_PRIVATE_KEY:}") String privatePem,
                           @Value("${JWT_PUBLIC_KEY:}") String publicPem) {
        return JwtKeys.load(privatePem, publicPem, properties.keyFile());
    }

    @Bean
    public TokenIssuer tokenIssuer(JwtKeys keys, SecurityProperties properties) {
        return new TokenIssuer(keys, properties.issuer(), properties.tokenTtl(), Clock.systemUTC());
    }

    @Bean
    public RevokedTokens revokedTokens(JdbcTemplate jdbc, SecurityProperties properties) {
        return new RevokedTokens(jdbc, properties.revocationCacheTime());
    }

    /** Signature (checked once per token), expiry, issuer, actor claims, and not revoked (on every use). */
    @Bean
    public JwtDecoder jwtDecoder(JwtKeys keys, SecurityProperties properties, RevokedTokens revoked) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), new ActorClaimsValidator(), revoked);
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(decoder, validator, 10_000);
    }
}
