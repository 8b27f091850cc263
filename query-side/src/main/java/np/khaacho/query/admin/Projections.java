package np.khaacho.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The read-model projections: the streaming processors whose name ends in {@code -projection}. Each
 * can be replayed on its own; where they stand is measured against the head of the event store, over
 * all their segments, whichever instance of the application holds them.
 */
@Component
public class Projections {

    static final String SUFFIX = "-projection";

    /** How often a wait for other instances' segments reads their stored tokens again. */
    private static final Duration STORED_TOKENS_REREAD = Duration.ofMillis(25);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens storedTokens;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, StoredTokens storedTokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
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

    /**
     * By projection, the position every segment has passed (the slowest segment), or 0 before any:
     * this instance's segments as they run, those of other instances as their tokens were stored.
     */
    public Map<String, Long> positions() {
        Map<String, Map<Integer, OptionalLong>> stored = storedTokens.positions();
        Map<String, Long> positions = new TreeMap<>();
        all().forEach((name, processor) -> {
            Map<Integer, Long> segments = new HashMap<>();
            stored.getOrDefault(name, Map.of())
                    .forEach((segment, position) -> segments.put(segment, position.orElse(0)));
            processor.processingStatus()
                    .forEach((segment, status) -> segments.put(segment, status.getCurrentPosition().orElse(0)));
            positions.put(name, segments.values().stream().mapToLong(Long::longValue).min().orElse(0));
        });
        return positions;
    }

    /**
     * Waits (at most {@code max}) until every projection has processed the event at global index
     * {@code position}: what a command wrote is then visible to the reads that follow it, whichever
     * instance holds the segments that project it.
     *
     * @return whether they caught up in time
     */
    public boolean awaitCatchUp(long position, Duration max) {
        Instant deadline = Instant.now().plus(max);
        Map<String, Map<Integer, Optional<TrackingToken>>> stored = storedTokens.tokens();
        Instant storedAt = Instant.now();
        while (!caughtUp(stored, position)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (Instant.now().isAfter(storedAt.plus(STORED_TOKENS_REREAD))) {
                stored = storedTokens.tokens();
                storedAt = Instant.now();
            }
        }
        return true;
    }

    private boolean caughtUp(Map<String, Map<Integer, Optional<TrackingToken>>> stored, long position) {
        return all().values().stream().allMatch(p -> !p.isRunning()
                || caughtUp(p.processingStatus(), stored.getOrDefault(p.getName(), Map.of()), position));
    }

    /** Segments in error hold nobody up; segments held elsewhere count as far as their stored token. */
    private static boolean caughtUp(Map<Integer, EventTrackerStatus> here,
                                    Map<Integer, Optional<TrackingToken>> stored, long position) {
        if (here.isEmpty() && stored.isEmpty()) {
            return false;
        }
        boolean ownCaughtUp = here.values().stream()
                .allMatch(status -> status.isErrorState() || processed(status.getTrackingToken(), position));
        boolean othersCaughtUp = stored.entrySet().stream().filter(segment -> !here.containsKey(segment.getKey()))
                .allMatch(segment -> segment.getValue().map(token -> processed(token, position)).orElse(false));
        return ownCaughtUp && othersCaughtUp;
    }

    /**
     * Whether a segment at {@code token} has processed the event at global index {@code index}. Passing
     * the index is not enough: events commit out of order, and a segment that read past an index whose
     * transaction had not committed yet keeps it as a gap, to process when it shows.
     */
    static boolean processed(TrackingToken token, long index) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return current != null && current.position().orElse(-1) >= index;
    }
}
