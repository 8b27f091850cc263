package np.khaacho.saga.notification;

import java.util.Objects;

/**
 * A message to one recipient. The dedup key names the cause and the recipient, so the same cause
 * never queues the same message twice; order and event ids are null when no order or event caused it.
 */
public record OutboundMessage(
        String dedupKey,
        String recipientId,
        String phone,
        String language,
        NotificationKind kind,
        String body,
        String orderId,
        String eventId) {

    public OutboundMessage {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }
}
