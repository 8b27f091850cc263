package np.khaacho.kernel.whatsapp;

import java.util.Objects;

/**
 * Send one message to one phone. The dedup key names the cause (the inbound message answered, the
 * login request), so a repeated command sends once. {@code recipientId} is the user's id, or
 * {@code lead:<phone>} for a phone no user has.
 */
public record SendWhatsAppMessage(
        String dedupKey,
        String recipientId,
        String phone,
        String language,
        MessagePurpose purpose,
        String body) {

    public SendWhatsAppMessage {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(body, "body");
    }
}
