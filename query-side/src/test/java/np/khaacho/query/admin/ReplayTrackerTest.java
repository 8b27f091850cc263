package np.khaacho.query.admin;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayTrackerTest {

    private final SteppingClock clock = new SteppingClock();
    private final ReplayTracker tracker = new ReplayTracker(clock);

    @Test
    void aFinishedReplayKeepsTheSpeedItHadWhenItReachedItsTarget() {
        tracker.begin("orders-projection", 1_000);

        clock.step(Duration.ofSeconds(1));
        assertThat(tracker.progress("orders-projection", 500, true))
                .containsEntry("eventsPerSecond", 500L).doesNotContainKey("finishedAt");

        clock.step(Duration.ofSeconds(1));
        assertThat(tracker.progress("orders-projection", 1_000, false))
                .containsEntry("eventsPerSecond", 500L).containsEntry("finishedAt", clock.instant());

        clock.step(Duration.ofMinutes(5));
        assertThat(tracker.progress("orders-projection", 1_200, false))
                .as("later reads, with events written since, do not dilute the speed")
                .containsEntry("eventsPerSecond", 500L);
        assertThat(tracker.progress("users-projection", 1_200, false)).isEmpty();
    }

    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T05:00:00Z");

        void step(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
