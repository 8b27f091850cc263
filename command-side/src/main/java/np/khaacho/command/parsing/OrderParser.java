package np.khaacho.command.parsing;

/**
 * Reads a buyer's message (typed, or read from a photo) into an intent and catalog lines. The rule
 * parser is the default; an LLM parser, when configured, falls back to it.
 */
public interface OrderParser {

    ParseResult parse(String text);
}
