package np.khaacho.kernel.whatsapp;

import java.time.Instant;

/** One outbound message as a conversation history shows it; the dedup key names what caused it. */
public record OutboundMessageView(
        long id,
        String dedupKey,
        String recipientId,
        String phone,
        String kind,
        String body,
        String status,
        String orderId,
        Instant createdAt,
        Instant sentAt) {
}
