package np.khaacho.app.auth;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;

/** Too many requests from one phone or address; the answer says when to try again. */
class RateLimitedException extends ApiException {

    private final long retryAfterSeconds;

    RateLimitedException(long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, "too many requests; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
