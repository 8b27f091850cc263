package np.khaacho.app.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts {@link MessageLogContext} on every bus and processor (commands, events, queries, deadlines, and the
 * commands and events sent from outside a handler), and gives every HTTP request its correlation id: the
 * caller's {@code X-Request-Id} when it is a plain token, else a new one, answered in the same header; a
 * request about an order ({@code /v1/orders/{id}/…}) names it as {@code orderId}.
 */
@Configuration
public class LogContextConfiguration {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern ORDER_PATH = Pattern.compile("/v1/orders/(order-[0-9a-f-]{36})(?:/|$)");

    @Bean
    public ConfigurerModule messageLogContextOnEveryBus() {
        MessageLogContext context = new MessageLogContext();
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, name) -> context);
            configurer.onInitialize(configuration -> configuration.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> {
                        configuration.commandBus().registerHandlerInterceptor(context);
                        configuration.commandBus().registerDispatchInterceptor(context);
                        configuration.queryBus().registerHandlerInterceptor(context);
                        configuration.eventBus().registerDispatchInterceptor(context);
                        configuration.deadlineManager().registerHandlerInterceptor(context);
                    }));
        };
    }

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> requestLogContext() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader(REQUEST_ID);
                String id = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
                MDC.put(LogContext.CORRELATION_ID, id);
                Matcher order = ORDER_PATH.matcher(request.getRequestURI());
                if (order.find()) {
                    MDC.put(LogContext.ORDER_ID, order.group(1));
                }
                response.setHeader(REQUEST_ID, id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(LogContext.CORRELATION_ID);
                    MDC.remove(LogContext.ORDER_ID);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
