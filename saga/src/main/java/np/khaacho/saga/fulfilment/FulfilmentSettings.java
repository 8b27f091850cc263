package np.khaacho.saga.fulfilment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;

/**
 * The clocks of an order's life: how long a draft waits for the buyer, how long the vendor has to
 * answer (once, then once more after a reminder), and when buyers are reminded to pay.
 */
@ConfigurationProperties("khaacho.orders")
public record FulfilmentSettings(Duration draftExpiry, Duration vendorResponse, Period paymentReminderBeforeDue,
                                 Period overdueReminderInterval) {

    public FulfilmentSettings {
        draftExpiry = draftExpiry == null ? Duration.ofMinutes(30) : draftExpiry;
        vendorResponse = vendorResponse == null ? Duration.ofHours(4) : vendorResponse;
        paymentReminderBeforeDue = paymentReminderBeforeDue == null ? Period.ofDays(2) : paymentReminderBeforeDue;
        overdueReminderInterval = overdueReminderInterval == null ? Period.ofDays(7) : overdueReminderInterval;
    }

    public static FulfilmentSettings defaults() {
        return new FulfilmentSettings(null, null, null, null);
    }
}
