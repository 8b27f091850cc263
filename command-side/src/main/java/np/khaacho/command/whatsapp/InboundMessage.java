package np.khaacho.command.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A WhatsApp message as Twilio delivered it: who sent it, what it says, the media attached, the
 * quick-reply button tapped and the message it replies to; {@code trace}, the trace context of the call that
 * delivered it (W3C headers, empty without tracing), which its reading continues.
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
        int attempts,
        Map<String, String> trace) {

    private static final String REPLY_PREFIX = "reply:";

    public InboundMessage {
        media = List.copyOf(media);
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }

    public InboundMessage(long seq, String messageSid, String phone, String profileName, String body,
                          String buttonPayload, String repliedToSid, List<Media> media, Instant receivedAt,
                          int attempts) {
        this(seq, messageSid, phone, profileName, body, buttonPayload, repliedToSid, media, receivedAt, attempts,
                Map.of());
    }

    /** The same message, delivered within this trace context. */
    public InboundMessage within(Map<String, String> trace) {
        return new InboundMessage(seq, messageSid, phone, profileName, body, buttonPayload, repliedToSid, media,
                receivedAt, attempts, trace);
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
