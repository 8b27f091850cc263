package np.khaacho.app.tracing;

import io.opentelemetry.api.OpenTelemetry;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's spans (commands, events, each event handler and saga step, deadlines, queries) in the traces Spring
 * Boot makes of HTTP requests, through the same OpenTelemetry: one order is one trace, carried between
 * instances in the messages' metadata. Without tracing (no OTLP endpoint), Axon makes no span at all.
 */
@Configuration
public class TracingConfiguration {

    @Bean
    @ConditionalOnProperty(name = TracingSwitch.ENABLED, havingValue = "true")
    public SpanFactory axonSpans(OpenTelemetry openTelemetry) {
        return OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer("AxonFramework"))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = TracingSwitch.ENABLED, havingValue = "false", matchIfMissing = true)
    public SpanFactory noAxonSpans() {
        return NoOpSpanFactory.INSTANCE;
    }
}
