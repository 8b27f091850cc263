package np.khaacho.app.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser-facing headers of every answer. The pages load their scripts and styles from
 * {@code /assets} only, so the Content-Security-Policy allows no inline script or style and no other
 * origin, and nothing may frame them. HSTS goes out only on requests that came over TLS (Spring
 * Security's matcher: a request the container sees as secure, which behind a proxy needs its
 * forwarded headers trusted).
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /**
     * Swagger UI (springdoc's bundle) sets inline styles as it renders; its scripts are files like ours.
     * Inline styles cannot run code, and the page holds no data (it reads the public API description),
     * so its pages alone may apply them.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
    private static final long ONE_YEAR_SECONDS = 365L * 24 * 60 * 60;

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(contentSecurityPolicy())
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR_SECONDS).includeSubDomains(true));
    }

    private static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy",
                        SWAGGER_UI.matches(request) ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
            }
        };
    }
}
