package np.khaacho.app.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code khaacho.deadletters}: how many events wait in each streaming group's dead-letter queue (one gauge
 * per group, 0 when none; a group not configured gets its gauge with its first dead letter). The counts are read together, at most every few seconds, however many gauges a
 * scrape reads.
 */
@Component
class DeadLetterMeters implements SmartInitializingSingleton {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;
    private final TrackingProcessorProperties tracking;
    private volatile Map<String, Long> counts = Map.of();
    private volatile long readAt;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    DeadLetterMeters(MeterRegistry meters, JdbcTemplate jdbc, TrackingProcessorProperties tracking) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.tracking = tracking;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tracking.tracking().keySet().forEach(this::gauge);
    }

    /** The group's gauge, made once: the configured groups at start, any other when its first dead letter is seen. */
    private void gauge(String group) {
        if (gauged.add(group)) {
            Gauge.builder("khaacho.deadletters", () -> count(group))
                    .description("events waiting in the group's dead-letter queue").tag("processor", group).register(meters);
        }
    }

    private long count(String group) {
        long now = System.nanoTime();
        if (now - readAt > FRESH_FOR.toNanos()) {
            Map<String, Long> read = new HashMap<>();
            jdbc.query("SELECT processinggroup, count(*) AS n FROM axon.dead_letter_entry GROUP BY processinggroup",
                    rs -> {
                        read.put(rs.getString("processinggroup"), rs.getLong("n"));
                    });
            counts = read;
            readAt = now;
            read.keySet().forEach(this::gauge);
        }
        return counts.getOrDefault(group, 0L);
    }
}
