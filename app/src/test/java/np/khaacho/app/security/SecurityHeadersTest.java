package np.khaacho.app.security;

import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.Filter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers that tell browsers what a page may do: on the pages, their assets and the API alike. */
class SecurityHeadersTest extends IntegrationTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Autowired
    @Qualifier("springSecurityFilterChain")
    private Filter securityFilters;
    @Autowired
    private WebApplicationContext context;

    @Test
    void everyAnswerCarriesAPolicyWithoutInlineScriptOrStyle() {
        for (String path : List.of("/", "/index.html", "/vendor.html", "/simulator.html", "/assets/khaacho.js",
                "/assets/app.css", "/v1/orders", "/v1/nothing-here", "/actuator/health")) {
            var reply = anonymous().get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).isEqualTo(POLICY);
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        assertThat(POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void swaggerUiAloneMayApplyInlineStylesButNoInlineScript() {
        var page = anonymous().get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';")
                .contains("frame-ancestors 'none'");
        assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'")).isEqualTo(POLICY);
    }

    @Test
    void hstsOnlyOnRequestsThatCameOverTls() throws Exception {
        assertThat(anonymous().get("/").header("Strict-Transport-Security")).as("plain HTTP").isNull();
        assertThat(anonymous().get("/v1/orders").header("Strict-Transport-Security")).as("plain HTTP").isNull();

        // The application's own filter chain, given a request the container saw as secure.
        MockHttpServletRequest overTls = request();
        overTls.setSecure(true);
        overTls.setScheme("https");
        MockHttpServletResponse answer = new MockHttpServletResponse();
        securityFilters.doFilter(overTls, answer, new MockFilterChain());
        assertThat(answer.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");

        MockHttpServletRequest plain = request();
        MockHttpServletResponse plainAnswer = new MockHttpServletResponse();
        securityFilters.doFilter(plain, plainAnswer, new MockFilterChain());
        assertThat(plainAnswer.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plainAnswer.getHeader("Content-Security-Policy")).isEqualTo(POLICY);
    }

    /** A page request in the application's servlet context, as Tomcat hands it to the filters. */
    private MockHttpServletRequest request() {
        MockServletContext servletContext = new MockServletContext();
        servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/index.html");
        request.setServerPort(port);
        return request;
    }
}
