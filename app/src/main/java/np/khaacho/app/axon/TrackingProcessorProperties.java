package np.khaacho.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * The tracking processors ({@code khaacho.processors}): each group's segments, threads and batch size,
 * how long their threads wait for new events before looking at their own state again, and how often a
 * processor with a thread to spare looks for a segment nobody works (one whose instance died, once its
 * claim ran out).
 */
@ConfigurationProperties("khaacho.processors")
public record TrackingProcessorProperties(@DefaultValue("PT0.1S") Duration eventAvailabilityTimeout,
                                          @DefaultValue("PT1S") Duration tokenClaimInterval,
                                          Map<String, Group> tracking) {

    public TrackingProcessorProperties {
        tracking = tracking == null ? Map.of() : Map.copyOf(tracking);
    }

    /** One processing group's processor. */
    public record Group(@DefaultValue("1") int segments, @DefaultValue("1") int threads,
                        @DefaultValue("100") int batchSize) {

        /** A group not listed: one segment, one thread, batches of 100, as a listed group without settings. */
        public static final Group UNLISTED = new Group(1, 1, 100);
    }
}
