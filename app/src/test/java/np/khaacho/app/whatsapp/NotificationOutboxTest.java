package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboundMessage;
import np.khaacho.saga.notification.OutboundMessages;
import np.khaacho.saga.notification.OutboxMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A placed order queues its WhatsApp message for the buyer in the outbox (which the Twilio relay sends
 * from), and the same cause never queues it twice.
 */
class NotificationOutboxTest extends IntegrationTest {

    @Autowired
    private OutboundMessages outbound;

    @Test
    void placingAnOrderQueuesOneMessageToTheBuyerNamingTheOrderAndItsTotal() {
        var placed = as(BUYER_KTM_PHONE).post("/v1/orders", Map.of(
                "items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.data().get("orders").get(0);
        String orderId = order.get("orderId").asText();
        String orderNumber = order.get("orderNumber").asText();

        Eventually.waitUntil("the buyer's ORDER_PLACED message in the outbox",
                () -> placedMessagesTo(BUYER_KTM_PHONE, orderNumber) > 0);

        Map<String, Object> message = jdbc.queryForMap("""
                SELECT dedup_key, recipient_id, language, body, order_id, event_id, status, attempts
                FROM messaging.outbox WHERE kind = 'ORDER_PLACED' AND order_id = ?""", orderId);
        assertThat(message.get("body")).asString().contains(orderNumber).contains("NPR 7,050.00")
                .contains("checking stock and credit");
        assertThat(message).containsEntry("recipient_id", userId(BUYER_KTM_PHONE)).containsEntry("language", "en");
        // The relay may have sent it already.
        assertThat(message.get("status")).isIn("PENDING", "SENT");
        String eventId = jdbc.queryForObject("""
                SELECT eventidentifier FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", String.class, orderId);
        assertThat(message).containsEntry("event_id", eventId)
                .containsEntry("dedup_key", eventId + ":" + userId(BUYER_KTM_PHONE));
        assertThat(placedMessagesTo(BUYER_KTM_PHONE, orderNumber)).isEqualTo(1);

        // The event delivered again (a rolled-back batch, a dead letter retried) leaves the first message alone.
        String dedupKey = (String) message.get("dedup_key");
        outbound.send(new OutboundMessage(dedupKey, userId(BUYER_KTM_PHONE), BUYER_KTM_PHONE, "en",
                NotificationKind.ORDER_PLACED, "a second wording", orderId, eventId));
        assertThat(rowsWithKey(dedupKey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT body FROM messaging.outbox WHERE dedup_key = ?", String.class, dedupKey))
                .isEqualTo(message.get("body"));
    }

    @Test
    void theOutboxQueuesAMessageOnceHoweverOftenItIsSent() {
        assertThat(outbound).isInstanceOf(OutboxMessages.class);
        String dedupKey = "test-" + System.nanoTime() + ":" + userId(BUYER_POKHARA_COD_PHONE);
        OutboundMessage message = new OutboundMessage(dedupKey, userId(BUYER_POKHARA_COD_PHONE),
                BUYER_POKHARA_COD_PHONE, "ne", NotificationKind.ORDER_DISPATCHED, "अर्डर KH-000001 पठाइयो, बाटोमा छ।",
                null, null);

        outbound.send(message);
        outbound.send(message);

        assertThat(rowsWithKey(dedupKey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT body FROM messaging.outbox WHERE dedup_key = ?", String.class, dedupKey))
                .isEqualTo("अर्डर KH-000001 पठाइयो, बाटोमा छ।");
    }

    private int placedMessagesTo(String phone, String orderNumber) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM messaging.outbox
                WHERE kind = 'ORDER_PLACED' AND phone = ? AND strpos(body, ?) > 0""",
                Integer.class, phone, orderNumber);
        return count == null ? 0 : count;
    }

    private int rowsWithKey(String dedupKey) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE dedup_key = ?",
                Integer.class, dedupKey);
        return count == null ? 0 : count;
    }
}
