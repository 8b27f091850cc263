package np.khaacho.kernel.api;

import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.ErrorDetails;

import java.time.Instant;
import java.util.List;

/** The error envelope: {@code {"success": false, "error": {"code", "message", "details"}, "timestamp"}}. */
public record ApiError(boolean success, Body error, Instant timestamp) {

    public record Body(ErrorCode code, String message, List<String> details) {
    }

    public static ApiError of(ErrorCode code, String message, List<String> details) {
        return new ApiError(false, new Body(code, message, details == null ? List.of() : details), Instant.now());
    }

    public static ApiError of(ErrorDetails details) {
        return of(details.code(), details.message(), details.details());
    }
}
