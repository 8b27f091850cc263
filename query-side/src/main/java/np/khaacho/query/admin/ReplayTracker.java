package np.khaacho.query.admin;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each replay began and where, to tell its progress and speed. A replay counts as
 * finished when first seen at its target; its speed is then fixed, not diluted by the time since.
 */
@Component
class ReplayTracker {

    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final Clock clock;

    ReplayTracker() {
        this(Clock.systemUTC());
    }

    ReplayTracker(Clock clock) {
        this.clock = clock;
    }

    void begin(String projection, long head) {
        started.put(projection, new Started(clock.instant(), head, null));
    }

    Map<String, Object> progress(String projection, long position, boolean replaying) {
        Started replay = started.computeIfPresent(projection, (name, known) ->
                known.finishedAt() == null && !replaying && position >= known.head()
                        ? new Started(known.at(), known.head(), clock.instant()) : known);
        if (replay == null) {
            return Map.of();
        }
        Instant until = replay.finishedAt() == null ? clock.instant() : replay.finishedAt();
        double seconds = Math.max(0.001, Duration.between(replay.at(), until).toMillis() / 1000.0);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("startedAt", replay.at());
        progress.put("targetPosition", replay.head());
        progress.put("replaying", replaying);
        if (replay.finishedAt() != null) {
            progress.put("finishedAt", replay.finishedAt());
        }
        progress.put("eventsPerSecond", Math.round(Math.min(position, replay.head()) / seconds));
        return progress;
    }

    /** When a replay began, the head it has to reach, and when it was first seen there (or null). */
    record Started(Instant at, long head, Instant finishedAt) {
    }
}
