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
 * {@code management.tracing.enabled} on, unless it is set otherwise explicitly. Without one nothing is
 * sampled either: Micrometer would still record every span, spend the CPU, and hang their ids on the
 * metrics as exemplars, which a Prometheus before 2.43 refuses, dropping the whole scrape.
 */
public class TracingSwitch implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.otlp.tracing.endpoint";
    static final String ENABLED = "management.tracing.enabled";
    static final String SAMPLING = "management.tracing.sampling.probability";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean endpoint = StringUtils.hasText(environment.getProperty(ENDPOINT));
        environment.getPropertySources().addLast(new MapPropertySource("khaacho-tracing-switch",
                Map.of(ENABLED, String.valueOf(endpoint))));
        if (!endpoint) {
            environment.getPropertySources().addFirst(new MapPropertySource("khaacho-tracing-off",
                    Map.of(SAMPLING, "0.0")));
        }
    }
}
