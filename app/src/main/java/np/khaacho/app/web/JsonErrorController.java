package np.khaacho.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The container's error page, in the API's error body (e.g. for errors raised before any controller runs). */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.ALL_VALUE)
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.isIn(failure)) {
            return ApiExceptionHandler.databaseAway(failure);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // the container always says which error it forwards; without one, someone asked for /error itself
        int code = status instanceof Integer i ? i : HttpStatus.NOT_FOUND.value();
        ErrorCode errorCode = Arrays.stream(ErrorCode.values()).filter(c -> c.httpStatus() == code).findFirst()
                .orElse(code >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST);
        HttpStatus httpStatus = HttpStatus.resolve(code);
        String message = httpStatus == null ? "error" : httpStatus.getReasonPhrase();
        return ResponseEntity.status(code).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(errorCode, message, List.of()));
    }
}
