package np.khaacho.command.parsing;

/**
 * Reads a buyer's message (typed, or read from a photo) into an intent and catalog lines. The rule
 * parser is the default; an LLM parser, when configured, falls back to it.
 */
public interface OrderParser {

    ParseResult parse(String text);

    /** Reads the text with one buyer's own words first; a parser that cannot use them reads it as any other. */
    default ParseResult parse(String text, Vocabulary vocabulary) {
        return parse(text);
    }
}
