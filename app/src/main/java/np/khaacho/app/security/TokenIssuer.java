package np.khaacho.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/** Signs bearer tokens (RS256) naming the user id, role and phone. */
public class TokenIssuer {

    public static final String ROLE_CLAIM = "role";
    public static final String PHONE_CLAIM = "phone";
    public static final String CHANNEL_CLAIM = "channel";

    private final JwtKeys keys;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;

    public TokenIssuer(JwtKeys keys, String issuer, Duration ttl, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(String userId, Role role, String phone, Channel channel) {
        return issue(userId, role, phone, channel, ttl).value();
    }

    /** A token with its own lifetime (a login session's, rather than the default). */
    public SignedToken issue(String userId, Role role, String phone, Channel channel, Duration lifetime) {
        // The token says its expiry in whole seconds; the answer says the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(ROLE_CLAIM, role.name())
                .claim(PHONE_CLAIM, phone)
                .claim(CHANNEL_CLAIM, channel.name())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new SignedToken(jwt.serialize(), expiresAt);
    }

    /** A signed token and the instant it stops being accepted. */
    public record SignedToken(String value, Instant expiresAt) {
    }
}
