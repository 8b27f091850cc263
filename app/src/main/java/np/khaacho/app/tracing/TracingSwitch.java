package np.khaacho.app.tracing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * Tracing is on exactly when there is somewhere to send the traces: an OTLP endpoint
 * ({@code management.otlp.tracing.endpoint}, e.g. {@code MANAGEMENT_OTLP_TRACING_ENDPOINT}) turns
 * {@code management.tracing.enabled} on, unless it is set otherwise explicitly; without one no span is made.
 */
public class TracingSwitch implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.otlp.tracing.endpoint";
    static final String ENABLED = "management.tracing.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean endpoint = StringUtils.hasText(environment.getProperty(ENDPOINT));
        environment.getPropertySources().addLast(new MapPropertySource("khaacho-tracing-switch",
                Map.of(ENABLED, String.valueOf(endpoint))));
    }
}
