package np.khaacho.kernel.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** The success envelope every API answer uses: {@code {"success": true, "data": …, "message": …, "timestamp": …}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data, String message, Instant timestamp) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, data, null, Instant.now());
    }

    public static <T> ApiResponse<T> ok(T data, String message) {
        return new ApiResponse<>(true, data, message, Instant.now());
    }
}
