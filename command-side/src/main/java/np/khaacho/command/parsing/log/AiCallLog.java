package np.khaacho.command.parsing.log;

/** Records every call to a parsing engine (LLM, OCR, rules) with its cost and outcome. */
public interface AiCallLog {

    void record(AiCall call);
}
