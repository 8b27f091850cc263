package np.khaacho.app.auth;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.OptionalLong;

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
        Hit hit = count(bucket, limit);
        if (hit.hits() > limit.limit()) {
            throw new RateLimitedException(hit.retryAfterSeconds());
        }
    }

    /** Counts one under the key, in the window open now (or a new one); answers the count so far. */
    Hit count(String bucket, AuthProperties.Limit limit) {
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
        if (hit == null) {
            throw new IllegalStateException("the counter " + bucket + " was not counted");
        }
        return hit;
    }

    /**
     * The seconds until the key's window closes, when its window is used up already; else empty.
     * Counts nothing: for keys that count failures, which are counted once they happened.
     */
    OptionalLong exhausted(String bucket, AuthProperties.Limit limit) {
        double window = seconds(limit.window());
        return jdbc.query("""
                        SELECT hits, extract(epoch FROM window_started_at + make_interval(secs => ?) - now()) AS seconds_left
                        FROM auth.rate_limits
                        WHERE bucket = ? AND window_started_at > now() - make_interval(secs => ?)""",
                        (rs, row) -> new Hit(rs.getInt("hits"), rs.getDouble("seconds_left")),
                        window, bucket, window)
                .stream().filter(hit -> hit.hits() >= limit.limit())
                .mapToLong(Hit::retryAfterSeconds).findFirst();
    }

    /** Forgets windows that have closed (the longest window decides). */
    int deleteClosedWindows(Duration longestWindow) {
        return jdbc.update("DELETE FROM auth.rate_limits WHERE window_started_at <= now() - make_interval(secs => ?)",
                seconds(longestWindow));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    record Hit(int hits, double secondsLeft) {

        long retryAfterSeconds() {
            return (long) Math.ceil(Math.max(1, secondsLeft));
        }
    }
}
