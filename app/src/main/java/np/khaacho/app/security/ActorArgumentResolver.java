package np.khaacho.app.security;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the {@link Actor} of the request's bearer token. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "a bearer token is required");
        }
        var jwt = token.getToken();
        return new Actor(jwt.getSubject(), Role.valueOf(jwt.getClaimAsString(TokenIssuer.ROLE_CLAIM)),
                jwt.getClaimAsString(TokenIssuer.PHONE_CLAIM),
                Channel.valueOf(jwt.getClaimAsString(TokenIssuer.CHANNEL_CLAIM)));
    }
}
