package np.khaacho.app.auth;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Request counters in PostgreSQL, so that every instance of the application counts against the
 * same limit. A key's window opens with its first request and lasts the limit's window; an atomic
 * upsert counts, so concurrent requests never slip past the limit. Counts commit at once: a
 * request refused later (a wrong code) still counts.
 */
class RateLimits {

    private final JdbcTemplate jdbc;

    RateLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one request under the key; refuses it when the key has used up its window. */
    void hit(String bucket, AuthProperties.Limit limit) {
        double window = seconds(limit.window());
        Hit hit = jdbc.queryForObject("""
                INSERT INTO auth.rate_limits AS r (bucket, window_started_at, hits) VALUES (?, now(), 1)
                ON CONFLICT (bucket) DO UPDATE SET
                    window_started_at = CASE WHEN r.window_started_at <= now() - make_interval(secs => ?)
                                             THEN now() ELSE r.window_started_at END,
                    hits = CASE WHEN r.window_started_at <= now() - make_interval(secs => ?)
                                THEN 1 ELSE r.hits + 1 END
                RETURNING hits,
                    extract(epoch FROM window_started_at + make_interval(secs => ?) - now()) AS seconds_left""",
                (rs, row) -> new Hit(rs.getInt("hits"), rs.getDouble("seconds_left")),
                bucket, window, window, window);
        if (hit != null && hit.hits() > limit.limit()) {
            throw new RateLimitedException((long) Math.ceil(Math.max(1, hit.secondsLeft())));
        }
    }

    /** Forgets windows that have closed (the longest window decides). */
    int deleteClosedWindows(Duration longestWindow) {
        return jdbc.update("DELETE FROM auth.rate_limits WHERE window_started_at <= now() - make_interval(secs => ?)",
                seconds(longestWindow));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private record Hit(int hits, double secondsLeft) {
    }
}
