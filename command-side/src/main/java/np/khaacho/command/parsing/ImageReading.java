package np.khaacho.command.parsing;

/** What was read from a photo: the OCR text and the order read from that text. */
public record ImageReading(String text, ParseResult result) {
}
