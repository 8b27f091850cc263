package np.khaacho.kernel.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * Twilio's status callback for an outbound message: {@code queued}, {@code sent}, {@code delivered},
 * {@code read}, {@code failed} or {@code undelivered}, with Twilio's error code when it failed.
 */
public record RecordDeliveryStatus(String providerSid, String status, String errorCode, Instant reportedAt) {

    public RecordDeliveryStatus {
        Objects.requireNonNull(providerSid, "providerSid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }
}
