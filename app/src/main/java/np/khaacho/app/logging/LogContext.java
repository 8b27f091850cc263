package np.khaacho.app.logging;

/** The MDC keys every log line may carry, the same in the text lines of the demo and the JSON of production. */
public final class LogContext {

    /** The first message of a chain of work: an HTTP request, a WhatsApp message, or a command or event's own. */
    public static final String CORRELATION_ID = "correlationId";
    /** The message that caused the one handled. */
    public static final String CAUSATION_ID = "causationId";
    /** The order the work is about. */
    public static final String ORDER_ID = "orderId";
    /** The type of the command, event or query handled. */
    public static final String MESSAGE = "messageType";

    private LogContext() {
    }
}
