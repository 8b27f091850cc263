package np.khaacho.app.web;

import jakarta.validation.ConstraintViolationException;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Turns every failure into the API's error body with a stable code. Bad input is a 4xx and
 * changes nothing; only a fault of Khaacho itself is a 500.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<String> details = e.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? field.getField() + ": " + field.getDefaultMessage()
                        : error.getDefaultMessage())
                .sorted().toList();
        return answer(ErrorCode.VALIDATION_ERROR, "the request body is not valid", details);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        List<String> details = e.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage())).toList();
        return answer(ErrorCode.VALIDATION_ERROR, "the request is not valid", details);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraintViolation(ConstraintViolationException e) {
        List<String> details = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
        return answer(ErrorCode.VALIDATION_ERROR, "the request is not valid", details);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(ErrorCode.MALFORMED_REQUEST, "the request body is missing or is not valid JSON of the expected shape",
                List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return answer(ErrorCode.VALIDATION_ERROR, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return answer(ErrorCode.METHOD_NOT_ALLOWED, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return answer(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send application/json", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(ErrorCode.NOT_ACCEPTABLE, "the API answers application/json only", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer(ErrorCode.PAYLOAD_TOO_LARGE, "the request is too large", List.of());
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> badMultipart(Exception e) {
        return answer(ErrorCode.MALFORMED_REQUEST, "the request is not a readable multipart/form-data upload", List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ApiError> noSuchPath(Exception e) {
        return answer(ErrorCode.NOT_FOUND, "no such endpoint", List.of());
    }

    /** A client that hung up (e.g. left a live stream): there is nobody to answer and nothing went wrong. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> anything(Exception e) {
        return known(e).orElseGet(() -> {
            if (DatabaseOutage.isIn(e)) {
                return databaseAway(e);
            }
            log.error("unexpected failure", e);
            return answer(ErrorCode.INTERNAL_ERROR, "something went wrong on our side", List.of());
        });
    }

    /** Finds the meaningful failure anywhere in the cause chain (Axon wraps handler failures). */
    private Optional<ResponseEntity<ApiError>> known(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return Optional.of(answer(api.code(), api.getMessage(), api.details()));
            }
            if (t instanceof DomainException domain) {
                return Optional.of(answer(domain.errorDetails()));
            }
            if (t instanceof CommandExecutionException remote
                    && remote.getDetails().orElse(null) instanceof ErrorDetails details) {
                return Optional.of(answer(details));
            }
            if (t instanceof AggregateNotFoundException) {
                return Optional.of(answer(ErrorCode.NOT_FOUND, "no such thing", List.of()));
            }
            if (t instanceof ConcurrencyException) {
                return Optional.of(answer(ErrorCode.CONFLICT,
                        "someone else changed this at the same moment; try again", List.of()));
            }
            if (t instanceof DataIntegrityViolationException integrity) {
                return Optional.of(integrityViolation(integrity));
            }
        }
        return Optional.empty();
    }

    /** Nothing was done: the client sends the request again once PostgreSQL is back. */
    static ResponseEntity<ApiError> databaseAway(Throwable e) {
        log.warn("database out of reach, answered 503: {}", e.toString());
        return ResponseEntity.status(ErrorCode.SERVICE_UNAVAILABLE.httpStatus())
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(ErrorCode.SERVICE_UNAVAILABLE,
                        "the service is briefly unavailable; nothing was done, please try again", List.of()));
    }

    private ResponseEntity<ApiError> integrityViolation(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("products_sku_key")) {
            return answer(ErrorCode.DUPLICATE_SKU, "that SKU is already listed", List.of());
        }
        if (message.contains("users_phone_key")) {
            return answer(ErrorCode.DUPLICATE_PHONE, "that phone number already has an account", List.of());
        }
        return answer(ErrorCode.CONFLICT, "the change conflicts with existing data", List.of());
    }

    private static ResponseEntity<ApiError> answer(ErrorDetails details) {
        return answer(details.code(), details.message(), details.details());
    }

    private static ResponseEntity<ApiError> answer(ErrorCode code, String message, List<String> details) {
        // The error body is JSON whatever the request accepts: without this, a client asking for CSV
        // would turn a 4xx into a failed content negotiation and a 500.
        return ResponseEntity.status(code.httpStatus()).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(code, message, details));
    }
}
