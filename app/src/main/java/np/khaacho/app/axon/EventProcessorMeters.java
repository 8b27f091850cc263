package np.khaacho.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * What each event processor did, in meters made once per processor:
 * {@code khaacho.processor.events} (by outcome: handled, failed, ignored), {@code khaacho.processor.handling}
 * (time to handle an event) and {@code khaacho.processor.latency} (how old the last handled event was, in
 * milliseconds, while the processor has events left to handle on this instance; 0 once it is caught up, so
 * that an idle processor does not go on showing its last burst as lag). They take the place of Axon's own event-processor meters, which look their meters up
 * again for every event, handled or not, and took a sixth of a replay's CPU; Axon's meters of the
 * command, event and query buses stay.
 */
@org.springframework.context.annotation.Configuration
public class EventProcessorMeters {

    @Bean
    public ConfigurerModule metersOfEachEventProcessor(MeterRegistry meters) {
        return configurer -> configurer.configureMessageMonitor(EventProcessor.class,
                (configuration, componentType, processor) -> new Monitor(meters, processor,
                        () -> caughtUp(configuration, processor)));
    }

    /** Whether every segment this instance holds of the processor has reached the head of the event stream. */
    private static boolean caughtUp(Configuration configuration, String processor) {
        return configuration.eventProcessingConfiguration().eventProcessor(processor)
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(streaming -> streaming.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                .orElse(true);
    }

    /** An event processor's monitor: it is given event messages only. */
    static final class Monitor implements MessageMonitor<Message<?>> {

        private final Counter handled;
        private final Counter failed;
        private final Counter ignored;
        private final Timer handling;
        private final AtomicLong latencyMillis = new AtomicLong();

        Monitor(MeterRegistry meters, String processor, BooleanSupplier caughtUp) {
            handled = events(meters, processor, "handled");
            failed = events(meters, processor, "failed");
            ignored = events(meters, processor, "ignored");
            handling = Timer.builder("khaacho.processor.handling").description("time to handle one event")
                    .tag("processor", processor).register(meters);
            Gauge.builder("khaacho.processor.latency", latencyMillis, latency -> caughtUp.getAsBoolean() ? 0 : latency.get())
                    .description("milliseconds between the last handled event and its handling, 0 when caught up")
                    .tag("processor", processor).baseUnit("milliseconds").register(meters);
        }

        private static Counter events(MeterRegistry meters, String processor, String outcome) {
            return Counter.builder("khaacho.processor.events").description("events seen by the processor")
                    .tag("processor", processor).tag("outcome", outcome).register(meters);
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            long start = System.nanoTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    handled.increment();
                    handling.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    latencyMillis.set(Math.max(0, System.currentTimeMillis() - ((EventMessage<?>) message).getTimestamp().toEpochMilli()));
                }

                @Override
                public void reportFailure(Throwable cause) {
                    failed.increment();
                }

                @Override
                public void reportIgnored() {
                    ignored.increment();
                }
            };
        }
    }
}
