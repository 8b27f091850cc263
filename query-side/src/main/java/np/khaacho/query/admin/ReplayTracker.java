package np.khaacho.query.admin;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers when each replay began and where, to tell its progress and speed. */
@Component
class ReplayTracker {

    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    void begin(String projection, long head) {
        started.put(projection, new Started(clock.instant(), head));
    }

    Map<String, Object> progress(String projection, long position, boolean replaying) {
        Started replay = started.get(projection);
        if (replay == null) {
            return Map.of();
        }
        double seconds = Math.max(0.001, Duration.between(replay.at(), clock.instant()).toMillis() / 1000.0);
        return Map.of("startedAt", replay.at(), "targetPosition", replay.head(), "replaying", replaying,
                "eventsPerSecond", Math.round(Math.min(position, replay.head()) / seconds));
    }

    /** When a replay began and the head it has to reach. */
    record Started(Instant at, long head) {
    }
}
