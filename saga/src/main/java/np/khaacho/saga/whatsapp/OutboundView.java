package np.khaacho.saga.whatsapp;

import java.time.Instant;

/** One outbox message as admins see it: what it says, to whom, and how its sending went. */
public record OutboundView(long id, String recipientId, String phone, String kind, String language, String body,
                           String orderId, String status, int attempts, String lastError, Instant nextAttemptAt,
                           String sendForm, String providerSid, String deliveryStatus, String deliveryError,
                           Instant deliveredAt, Instant createdAt, Instant sentAt) {
}
