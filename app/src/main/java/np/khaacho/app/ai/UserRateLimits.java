package np.khaacho.app.ai;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Per-user request counters in PostgreSQL ({@code auth.user_rate_limits}), so that every instance of
 * the application counts against the same limit. A bucket's window opens with its first request; an
 * atomic upsert counts, so concurrent requests never slip past the limit.
 */
class UserRateLimits {

    private final JdbcTemplate jdbc;

    UserRateLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one request in the bucket: empty when it is within the limit, else the seconds until the
     * bucket's window ends.
     */
    OptionalLong hit(String bucket, int limit, Duration window) {
        double seconds = window.toMillis() / 1000.0;
        Hit hit = jdbc.queryForObject("""
                INSERT INTO auth.user_rate_limits AS r (bucket, window_ends_at, hits)
                VALUES (?, now() + make_interval(secs => ?), 1)
                ON CONFLICT (bucket) DO UPDATE SET
                    window_ends_at = CASE WHEN r.window_ends_at <= now()
                                          THEN now() + make_interval(secs => ?) ELSE r.window_ends_at END,
                    hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END
                RETURNING hits, extract(epoch FROM window_ends_at - now()) AS seconds_left""",
                (rs, row) -> new Hit(rs.getInt("hits"), rs.getDouble("seconds_left")),
                bucket, seconds, seconds);
        if (hit == null || hit.hits() <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil(Math.max(1, hit.secondsLeft())));
    }

    /** Forgets the windows that have ended. */
    int deleteEnded() {
        return jdbc.update("DELETE FROM auth.user_rate_limits WHERE window_ends_at <= now()");
    }

    private record Hit(int hits, double secondsLeft) {
    }
}
