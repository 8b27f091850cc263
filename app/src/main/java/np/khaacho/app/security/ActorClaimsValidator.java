package np.khaacho.app.security;

import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;

/** A token must name a user, a known role and channel, or it is refused like a bad signature. */
class ActorClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()
                || !isOneOf(jwt.getClaimAsString(TokenIssuer.ROLE_CLAIM), Role.values())
                || !isOneOf(jwt.getClaimAsString(TokenIssuer.CHANNEL_CLAIM), Channel.values())) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token names no valid actor", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return value != null && Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }
}
