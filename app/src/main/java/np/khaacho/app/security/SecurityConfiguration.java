package np.khaacho.app.security;

import np.khaacho.app.web.ErrorResponses;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Every {@code /v1} endpoint needs a bearer token, except login, the WhatsApp webhooks (which
 * check their own signature) and the WhatsApp simulator of the demo mode (404 in production).
 * Refusals answer with the API's error body.
 */
@Configuration
public class SecurityConfiguration {

    /** The pages and their assets: they hold no data, everything they show comes from the API. */
    private static final String[] PAGES = {"/", "/*.html", "/assets/**", "/webjars/**", "/favicon.ico",
            "/icons/**", "/*.webmanifest", "/sw.js"};

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ErrorResponses errors) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(jwt ->
                List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString(TokenIssuer.ROLE_CLAIM))));
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(new SecurityHeaders())
                .authorizeHttpRequests(auth -> auth
                        // Health answers everyone (load balancers); its details only admins (the health
                        // group's roles). The rest of the actuator is public only on its own port, which
                        // listens on the loopback interface by default; on the API port it is for admins.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/healthz").permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(actuatorOnItsOwnPort(http)).permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/v1/auth/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/v1/whatsapp/webhook", "/v1/whatsapp/status").permitAll()
                        // The WhatsApp simulator stands in for WhatsApp on a local demo: anyone may write as any
                        // phone and read its messages (login codes too). Its endpoints answer 404 unless the
                        // simulator is on, which it can be only in the demo mode (SimulatorSwitch).
                        .requestMatchers(HttpMethod.GET, "/v1/simulator/contacts", "/v1/simulator/conversation")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/v1/simulator/messages").permitAll()
                        // a shared invoice PDF opens by its signed, expiring link alone (WhatsApp fetches it)
                        .requestMatchers(HttpMethod.GET, "/v1/shared/invoices/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v1/shared/statements/*/*/*").permitAll()
                        // a wallet sends the buyer back with no session; the gateway's own lookup decides
                        .requestMatchers(HttpMethod.GET, "/v1/payments/khalti/return", "/v1/payments/esewa/success",
                                "/v1/payments/esewa/failure").permitAll()
                        // the demo mode's stand-in wallet (mapped only there) and the hand-off to eSewa's form
                        .requestMatchers("/demo-wallet/**").permitAll()
                        // a pay link from WhatsApp carries its signed token in the body
                        .requestMatchers(HttpMethod.POST, "/v1/payments/pay-link", "/v1/payments/pay-link/checkout",
                                "/v1/payments/pay-link/status").permitAll()
                        .requestMatchers(HttpMethod.GET, "/pay/esewa/*").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the pages hold no data: everything they show comes from the API, which checks the token
                        .requestMatchers(HttpMethod.GET, PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PAGES).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(bearerTokensOutsideLogin())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint((request, response, e) ->
                                errors.write(response, ErrorCode.UNAUTHORIZED, "a valid bearer token is required")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                errors.write(response, ErrorCode.UNAUTHORIZED, "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                errors.write(response, ErrorCode.FORBIDDEN, "this is not open to your role")));
        return http.build();
    }

    /**
     * Login's endpoints are open and read a bearer token themselves, if at all (logout revokes it): an
     * expired or revoked token sent along, as clients that add it to every request do, must not turn a
     * refresh or a logout into a 401.
     */
    private static BearerTokenResolver bearerTokensOutsideLogin() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher("/v1/auth/**");
        return request -> login.matches(request) ? null : bearer.resolve(request);
    }

    /**
     * Every actuator endpoint, when the actuator has a port of its own (its matcher then matches only
     * requests to that port); nothing when it shares the API port.
     */
    private static RequestMatcher actuatorOnItsOwnPort(HttpSecurity http) {
        Environment environment = http.getSharedObject(ApplicationContext.class).getEnvironment();
        return ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
                ? EndpointRequest.toAnyEndpoint() : request -> false;
    }

    /**
     * Spring Security observes nothing: without this it wraps each of its filters, the authentication
     * and the authorization in an observation of their own on every request, even when the registry
     * is told to drop them. Requests are still timed as a whole (http.server.requests).
     */
    @Bean
    public SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests the firewall rejects (encoded slashes, bad characters) are bad input: 400, not 500. */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(ErrorResponses errors) {
        return (request, response, e) ->
                errors.write(response, ErrorCode.MALFORMED_REQUEST, "the request was rejected: " + e.getMessage());
    }

    @Bean
    public WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
