package np.khaacho.command.whatsapp;

import java.time.Instant;
import java.util.List;

/**
 * A WhatsApp message as Twilio delivered it: who sent it, what it says, the media attached, the
 * quick-reply button tapped and the message it replies to.
 */
public record InboundMessage(
        long seq,
        String messageSid,
        String phone,
        String profileName,
        String body,
        String buttonPayload,
        String repliedToSid,
        List<Media> media,
        Instant receivedAt,
        int attempts) {

    public InboundMessage {
        media = List.copyOf(media);
    }

    /** An attachment: where Twilio keeps it and what it is. */
    public record Media(String url, String contentType) {
    }
}
