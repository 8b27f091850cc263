package np.khaacho.command.parsing.llm;

/** The LLM's answer is not JSON of the expected shape. */
class InvalidAnswerException extends Exception {

    InvalidAnswerException(String message) {
        super(message);
    }
}
