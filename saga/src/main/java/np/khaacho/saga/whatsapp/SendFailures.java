package np.khaacho.saga.whatsapp;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;

import java.io.IOException;

/**
 * Which failures of a send may pass by themselves (the network, Twilio busy or down: I/O errors,
 * 429, 5xx) and which never will (a bad number, a message WhatsApp refuses: every other 4xx).
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean isTransient(Throwable failure) {
        if (failure instanceof ApiException api && api.getStatusCode() != null) {
            int status = api.getStatusCode();
            return status == 429 || status >= 500;
        }
        return failure instanceof ApiConnectionException || causedByIo(failure);
    }

    /** What an admin reads in {@code last_error}: the HTTP status, Twilio's error code and its message. */
    static String describe(Throwable failure) {
        if (failure instanceof ApiException api && api.getStatusCode() != null) {
            String code = api.getCode() == null ? "" : " error " + api.getCode();
            return "Twilio answered " + api.getStatusCode() + code + ": " + api.getMessage();
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return cause == failure ? message
                : message + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
