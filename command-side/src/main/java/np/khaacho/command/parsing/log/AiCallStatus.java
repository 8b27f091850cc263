package np.khaacho.command.parsing.log;

/** How one call to a parsing engine ended. Every outcome but SUCCESS and NO_TEXT fell back to the rules (LLM) or refused the image (OCR). */
public enum AiCallStatus {
    /** The engine answered and its answer was used. */
    SUCCESS,
    /** The LLM did not answer in time. */
    TIMEOUT,
    /** The LLM was not called: the circuit breaker is open after repeated failures. */
    CIRCUIT_OPEN,
    /** The LLM was not called: the request rate limit was reached. */
    RATE_LIMITED,
    /** The LLM answered something that is not the expected JSON. */
    INVALID_ANSWER,
    /** OCR ran but found no text in the image. */
    NO_TEXT,
    /** The call failed (HTTP error, broken connection, OCR failure). */
    ERROR
}
