package np.khaacho.app.auth;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;

/** Too many requests from one phone or address; the answer says when to try again. */
class RateLimitedException extends ApiException {

    private final long retryAfterSeconds;

    RateLimitedException(long retryAfterSeconds) {
        this("too many requests", retryAfterSeconds);
    }

    /** {@code why} leads the message; when to come back follows it. */
    RateLimitedException(String why, long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, why + "; try again in " + howLong(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** "42 seconds", "5 minutes", "3 hours 20 minutes": rounded up, never sooner than the truth. */
    static String howLong(long seconds) {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + " minutes";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours + " hours" + (rest == 0 ? "" : " " + rest + (rest == 1 ? " minute" : " minutes"));
    }
}
