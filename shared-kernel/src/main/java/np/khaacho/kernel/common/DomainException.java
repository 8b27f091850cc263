package np.khaacho.kernel.common;

import org.axonframework.commandhandling.CommandExecutionException;

import java.util.List;

/**
 * A command that must not happen: refused with a stable error code. It is a
 * {@link CommandExecutionException} so the code also survives the trip through Axon Server.
 */
public class DomainException extends CommandExecutionException {

    private final ErrorDetails errorDetails;

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public DomainException(ErrorCode code, String message, List<String> details) {
        this(new ErrorDetails(code, message, details));
    }

    private DomainException(ErrorDetails errorDetails) {
        super(errorDetails.message(), null, errorDetails);
        this.errorDetails = errorDetails;
    }

    public ErrorCode code() {
        return errorDetails.code();
    }

    public ErrorDetails errorDetails() {
        return errorDetails;
    }

    public static DomainException illegalTransition(String what, Object from, String action) {
        return new DomainException(ErrorCode.ILLEGAL_TRANSITION,
                "cannot " + action + " " + what + " in state " + from);
    }
}
