package np.khaacho.kernel.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * A WhatsApp message from this phone was accepted. It opens (or keeps open) the 24-hour window in
 * which free-form messages may be sent to the phone. {@code userId} is null for an unknown phone.
 */
public record WhatsAppMessageReceived(String messageSid, String phone, String userId, Instant receivedAt) {

    public WhatsAppMessageReceived {
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
