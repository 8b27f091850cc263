package np.khaacho.command.parsing.log;

/**
 * One logged call: which engine and model, for which message and user, its token use and latency,
 * how it ended, who answered in the end ({@code answeredBy}: {@code llm:<model>}, {@code rules}, or
 * {@code ocr}), an excerpt of the input and the result (any JSON-serializable value).
 */
public record AiCall(
        CallOrigin origin,
        String engine,
        String model,
        TokenCounts tokens,
        long latencyMs,
        AiCallStatus status,
        String answeredBy,
        String error,
        String input,
        Object result) {

    public static final String ENGINE_LLM = "llm";
    public static final String ENGINE_OCR = "ocr";
    public static final String ENGINE_RULES = "rules";

    public AiCall {
        origin = origin == null ? CallOrigin.unknown() : origin;
        tokens = tokens == null ? TokenCounts.NONE : tokens;
    }

    /** Tokens an LLM call used; null where the engine does not count them. */
    public record TokenCounts(Integer prompt, Integer completion, Integer total) {
        public static final TokenCounts NONE = new TokenCounts(null, null, null);
    }
}
