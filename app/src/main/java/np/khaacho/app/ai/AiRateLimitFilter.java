package np.khaacho.app.ai;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.app.web.ErrorResponses;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Each user's calls of the order parser over the API ({@code POST /v1/ai/parse-text} and
 * {@code /parse-image}), which may call a paid model and runs OCR, are limited per window
 * ({@code khaacho.ai.per-user}); past the limit the answer is 429 with {@code Retry-After}. It runs after
 * Spring Security, keyed by the token's subject, and counts every signed-in caller's requests (the
 * controller decides which roles it serves). The counters live in PostgreSQL, shared by all instances.
 */
class AiRateLimitFilter extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/v1/ai/parse-text", "/v1/ai/parse-image");

    private final UserRateLimits limits;
    private final AiUserLimit limit;
    private final ErrorResponses errors;

    AiRateLimitFilter(UserRateLimits limits, AiUserLimit limit, ErrorResponses errors) {
        this.limits = limits;
        this.limit = limit;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATHS.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            OptionalLong retryAfter = limits.hit("ai:" + token.getToken().getSubject(), limit.limit(), limit.window());
            if (retryAfter.isPresent()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
                errors.write(response, ErrorCode.RATE_LIMITED, "too many parsing requests: at most " + limit.limit()
                        + " in " + limit.window().toMinutes() + " minutes; try again in " + retryAfter.getAsLong()
                        + " seconds");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
