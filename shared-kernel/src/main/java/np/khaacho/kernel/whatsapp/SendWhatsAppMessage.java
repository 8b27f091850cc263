package np.khaacho.kernel.whatsapp;

import java.util.Objects;

/**
 * Send one message to one phone. The dedup key names the cause (the inbound message answered, the
 * login request), so a repeated command sends once. {@code recipientId} is the user's id, or
 * {@code lead:<phone>} for a phone no user has. A login code travels sealed in {@code loginCode}
 * (null for every other message), and the body names it by {@link SealedLoginCode#PLACEHOLDER}.
 */
public record SendWhatsAppMessage(
        String dedupKey,
        String recipientId,
        String phone,
        String language,
        MessagePurpose purpose,
        String body,
        SealedLoginCode loginCode) {

    public SendWhatsAppMessage {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(body, "body");
        if (loginCode != null && purpose != MessagePurpose.LOGIN_CODE) {
            throw new IllegalArgumentException("only a login-code message carries a login code");
        }
    }

    /** A message with nothing sealed in it. */
    public SendWhatsAppMessage(String dedupKey, String recipientId, String phone, String language,
                               MessagePurpose purpose, String body) {
        this(dedupKey, recipientId, phone, language, purpose, body, null);
    }
}
