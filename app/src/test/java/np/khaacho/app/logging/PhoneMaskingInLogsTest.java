package np.khaacho.app.logging;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboundMessage;
import np.khaacho.saga.notification.OutboundMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application's log lines carry no phone number whole, and no name or address at all: those
 * are never logged, so there is nothing to mask.
 */
@ExtendWith(OutputCaptureExtension.class)
class PhoneMaskingInLogsTest extends IntegrationTest {

    /** A cash-on-delivery shop in Bhaktapur, which V-KTM-01 serves. */
    private static final String BUYER = "+9779861100205";
    private static final String BUYER_NAME = "Bhattarai Kirana Store";

    @Autowired
    private OutboundMessages outbound;

    @AfterEach
    void twilioWorksAgain() {
        TWILIO.stopFailing();
    }

    @Test
    void aMessageThatFailsIsLoggedWithTheRecipientsPhoneMasked(CapturedOutput output) {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String phone = "+97797" + digits;
        TWILIO.failNextTo(phone, 5, 400, 21211);

        String key = "masking-test-" + UUID.randomUUID();
        outbound.send(new OutboundMessage(key, "lead:" + phone, phone, "en", NotificationKind.REPLY,
                "To a number that is not one", null, null));
        long id = jdbc.queryForObject("SELECT id FROM messaging.outbox WHERE dedup_key = ?", Long.class, key);

        String failed = "outbox message " + id + " (REPLY) to ";
        Eventually.waitUntil("the failure logged", () -> output.getOut().contains(failed));
        String line = output.getOut().lines().filter(l -> l.contains(failed)).findFirst().orElseThrow();
        assertThat(line).contains(failed + "+97797******" + digits.substring(6) + " FAILED");
        assertThat(output.getAll()).doesNotContain(phone.substring(1));
    }

    @Test
    void anOrdersAddressAndItsBuyersNameAreNeverLogged(CapturedOutput output) {
        // everything the application and Axon log about it, their debug lines too
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        List<String> loggers = List.of("np.khaacho", "org.axonframework");
        loggers.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
        try {
            followAnOrder(output);
        } finally {
            loggers.forEach(logger -> logging.setLogLevel(logger, null));
        }
    }

    private void followAnOrder(CapturedOutput output) {
        String address = "Tole " + UUID.randomUUID().toString().substring(0, 8) + ", Suryabinayak-4";
        var placed = as(BUYER).post("/v1/orders", Map.of("items", List.of(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4)),
                "deliveryAddress", address, "notes", "ring " + BUYER_NAME));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        Api vendor = as(VENDOR_KTM_PHONE);
        PortalOrders.awaitStatus(vendor, orderId, "AWAITING_VENDOR");
        PortalOrders.confirm(vendor, orderId);
        PortalOrders.dispatch(vendor, orderId);
        PortalOrders.deliver(vendor, orderId);
        // the invoice at delivery, its message to the buyer (name and address on it) queued
        Eventually.waitUntil("the invoice sent", () -> jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE order_id = ? AND kind = 'INVOICE_ISSUED'", Long.class, orderId) > 0);

        assertThat(output.getAll()).as("the log of the order's whole way").contains(orderId)
                .doesNotContain(address).doesNotContain(BUYER_NAME);
    }
}
