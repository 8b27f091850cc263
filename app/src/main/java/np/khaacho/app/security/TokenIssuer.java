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

/**
 * Signs bearer tokens (RS256) naming the user id, role and phone; each has its own id ({@code jti}),
 * and a login session's tokens name the session ({@code sid}), so either can be revoked.
 */
public class TokenIssuer {

    public static final String ROLE_CLAIM = "role";
    public static final String PHONE_CLAIM = "phone";
    public static final String CHANNEL_CLAIM = "channel";
    public static final String SESSION_CLAIM = "sid";

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
        return issue(userId, role, phone, channel, ttl, null).value();
    }

    /** A token of a login session, with the session's lifetime for access tokens rather than the default. */
    public SignedToken issue(String userId, Role role, String phone, Channel channel, Duration lifetime,
                             String sessionId) {
        // The token says its expiry in whole seconds; the answer says the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        String id = UUID.randomUUID().toString();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId)
                .jwtID(id)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(ROLE_CLAIM, role.name())
                .claim(PHONE_CLAIM, phone)
                .claim(CHANNEL_CLAIM, channel.name());
        if (sessionId != null) {
            claims.claim(SESSION_CLAIM, sessionId);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new SignedToken(jwt.serialize(), id, expiresAt);
    }

    /** A signed token, its id, and the instant it stops being accepted. */
    public record SignedToken(String value, String id, Instant expiresAt) {
    }
}
