package np.khaacho.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The read-model projections: the streaming processors whose name ends in {@code -projection}. Each
 * can be replayed on its own; where they stand is measured against the head of the event store.
 */
@Component
public class Projections {

    static final String SUFFIX = "-projection";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public Map<String, StreamingEventProcessor> all() {
        Map<String, StreamingEventProcessor> projections = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (name.endsWith(SUFFIX) && processor instanceof StreamingEventProcessor streaming) {
                projections.put(name, streaming);
            }
        });
        return projections;
    }

    public Optional<StreamingEventProcessor> named(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The global index of the newest event (0 when there is none). */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** The position every segment of the processor has passed (the slowest segment), or 0 before any. */
    public static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0))
                .min().orElse(0);
    }

    /**
     * Waits (at most {@code max}) until every projection has processed the event store up to
     * {@code position}: what a command wrote is then visible to the reads that follow it.
     *
     * @return whether they caught up in time
     */
    public boolean awaitCatchUp(long position, Duration max) {
        Instant deadline = Instant.now().plus(max);
        while (!all().values().stream().allMatch(p -> !p.isRunning() || caughtUp(p, position))) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long position) {
        var statuses = processor.processingStatus().values();
        return !statuses.isEmpty() && statuses.stream().allMatch(status -> {
            OptionalLong current = status.getCurrentPosition();
            return status.isErrorState() || (current.isPresent() && current.getAsLong() >= position);
        });
    }
}
