package np.khaacho.command.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    private static final String REPLY_PREFIX = "reply:";

    public InboundMessage {
        media = List.copyOf(media);
    }

    /** The dedup key of the one answer to a message: read again, it is answered no second time. */
    public static String replyKey(String messageSid) {
        return REPLY_PREFIX + messageSid;
    }

    /** The inbound message an outbound one answers, when its dedup key is an answer's. */
    public static Optional<String> answered(String dedupKey) {
        return dedupKey.startsWith(REPLY_PREFIX) ? Optional.of(dedupKey.substring(REPLY_PREFIX.length()))
                : Optional.empty();
    }

    /** An attachment: where Twilio keeps it and what it is. */
    public record Media(String url, String contentType) {
    }
}
