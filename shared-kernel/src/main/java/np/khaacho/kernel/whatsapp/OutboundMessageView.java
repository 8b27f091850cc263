package np.khaacho.kernel.whatsapp;

import java.time.Instant;

/**
 * One outbound message as a conversation history shows it; the dedup key names what caused it, and
 * {@code mediaUrl} the file sent with it, if any (an invoice's PDF).
 */
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
        Instant sentAt,
        String mediaUrl) {
}
