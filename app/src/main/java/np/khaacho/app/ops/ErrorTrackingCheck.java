package np.khaacho.app.ops;

import io.sentry.Sentry;
import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.command.api.Access;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * An admin checks that error tracking works: an error is logged as an unexpected failure would be, with
 * its exception, so it is reported to Sentry when a DSN is set. The answer says whether Sentry is on. The
 * request says so in words ({@code {"confirm": "SEND A TEST ERROR"}}), so that nothing sends one by chance.
 */
@RestController
@Tag(name = "Admin")
class ErrorTrackingCheck {

    private static final Logger log = LoggerFactory.getLogger(ErrorTrackingCheck.class);
    static final String CONFIRMATION = "SEND A TEST ERROR";

    /** The admin's confirmation. */
    record TestRequest(String confirm) {
    }

    @PostMapping("/v1/admin/error-tracking/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApiResponse<Map<String, Object>> test(@RequestBody TestRequest request, Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        if (request == null || !CONFIRMATION.equals(request.confirm())) {
            throw ApiException.invalid("confirm with {\"confirm\": \"" + CONFIRMATION + "\"}");
        }
        String asked = "a test of error tracking, asked by admin " + actor.userId() + " (" + actor.phone() + ")";
        log.error(asked, new ErrorTrackingTest(asked));
        boolean reported = Sentry.isEnabled();
        return ApiResponse.ok(Map.of("reported", reported),
                reported ? "a test error was logged and sent to Sentry" : "a test error was logged; Sentry is off (no SENTRY_DSN)");
    }

    /** The failure an admin asks for: unexpected by design. */
    static final class ErrorTrackingTest extends IllegalStateException {
        ErrorTrackingTest(String message) {
            super(message);
        }
    }
}
