package np.khaacho.saga.notification;

import np.khaacho.kernel.whatsapp.SealedLoginCode;

import java.util.Objects;

/**
 * A message to one recipient. The dedup key names the cause and the recipient, so the same cause
 * never queues the same message twice; order and event ids are null when no order or event caused it.
 * A login code waits sealed in {@code loginCode}, the body naming it by its placeholder. {@code mediaUrl}
 * is a file sent with the message (an invoice's PDF), which the body also links to.
 */
public record OutboundMessage(
        String dedupKey,
        String recipientId,
        String phone,
        String language,
        NotificationKind kind,
        String body,
        String orderId,
        String eventId,
        SealedLoginCode loginCode,
        String mediaUrl) {

    public OutboundMessage {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        if (loginCode != null && kind != NotificationKind.LOGIN_CODE) {
            throw new IllegalArgumentException("only a login-code message carries a login code");
        }
    }

    /** A message that may carry a sealed login code, and no file. */
    public OutboundMessage(String dedupKey, String recipientId, String phone, String language, NotificationKind kind,
                           String body, String orderId, String eventId, SealedLoginCode loginCode) {
        this(dedupKey, recipientId, phone, language, kind, body, orderId, eventId, loginCode, null);
    }

    /** A message with nothing sealed in it. */
    public OutboundMessage(String dedupKey, String recipientId, String phone, String language, NotificationKind kind,
                           String body, String orderId, String eventId) {
        this(dedupKey, recipientId, phone, language, kind, body, orderId, eventId, null);
    }
}
