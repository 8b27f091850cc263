package np.khaacho.command.parsing;

import org.springframework.stereotype.Component;

import java.util.List;

/** Reads a message's text or photo (provisional: answers OTHER until the parsers are wired). */
@Component
public class MessageReader {

    public ParseResult readText(String text, String messageSid, String userId) {
        return new ParseResult(Intent.OTHER, List.of(), List.of(), "en", "rules");
    }

    public ImageReading readImage(byte[] bytes, String contentType, String messageSid, String userId) {
        return new ImageReading("", readText("", messageSid, userId));
    }

    public record ImageReading(String text, ParseResult result) {
    }
}
