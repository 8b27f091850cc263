package np.khaacho.app.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Health of the event processors: each one running, and no streaming segment stuck in error. */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("running", processor.isRunning());
            state.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                state.put("segments", streaming.processingStatus().size());
                streaming.processingStatus().values().stream()
                        .filter(status -> status.isErrorState())
                        .findFirst()
                        .ifPresent(status -> state.put("failure", String.valueOf(status.getError())));
            }
            healthy &= processor.isRunning() && !processor.isError();
            details.put(entry.getKey(), state);
        }
        builder.status(healthy ? "UP" : "DOWN").withDetails(details);
    }
}
