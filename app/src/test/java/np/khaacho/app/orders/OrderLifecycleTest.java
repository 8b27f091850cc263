package np.khaacho.app.orders;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReserved;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An order's whole life over real HTTP, with tokens, and what the event store then holds. */
class OrderLifecycleTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Test
    void placesConfirmsDispatchesDeliversAndPaysAnOrderRecordingWhoDidEachStep() {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        Api admin = as(ADMIN_PHONE);

        var placed = buyer.post("/v1/orders", Map.of(
                "items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3),
                        Map.of("sku", "DAL-MASOOR-KG", "quantity", new BigDecimal("1.5"))),
                "deliveryAddress", "Baneshwor-10, Shantinagar Marg",
                "notes", "before noon please"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.data().get("orders").get(0);
        assertThat(placed.data().get("orders")).hasSize(1);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        // 3 × 2350.00 + 1.5 × 165.00, computed by the Order aggregate
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("7297.50");
        assertThat(order.get("orderNumber").asText()).startsWith("KH-");
        String orderId = order.get("orderId").asText();

        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("credit and stock held, the order awaits the vendor",
                () -> log.has(orderId, OrderAwaitingVendor.class));
        String rice = StockId.of(DemoData.productId("RICE-JEERA-25KG")).value();
        String credit = CreditAccountId.of(BuyerId.of(userId(BUYER_KTM_PHONE))).value();
        assertThat(log.payloads(rice)).filteredOn(StockReserved.class::isInstance)
                .extracting(e -> ((StockReserved) e).orderId().value()).contains(orderId);
        assertThat(log.payloads(credit)).filteredOn(CreditReserved.class::isInstance)
                .extracting(e -> ((CreditReserved) e).orderId().value()).contains(orderId);

        String delivery = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2).toString();
        assertThat(vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", delivery)).status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED")).status())
                .isEqualTo(200);
        Eventually.waitUntil("stock committed on dispatch", () -> log.payloads(rice).stream()
                .anyMatch(e -> e instanceof StockCommitted c && c.orderId().value().equals(orderId)));
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DELIVERED")).status())
                .isEqualTo(200);
        Eventually.waitUntil("the credit hold became an amount owed", () -> log.payloads(credit).stream()
                .anyMatch(e -> e instanceof CreditCharged c && c.orderId().value().equals(orderId)));
        var partial = vendor.post("/v1/orders/" + orderId + "/payments", Map.of("amount", 3000, "method", "CASH"));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        var rest = admin.post("/v1/orders/" + orderId + "/payments", Map.of("amount", "4297.50", "method", "BANK"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        Eventually.waitUntil("both payments repaid the credit", () -> log.payloads(credit).stream()
                .filter(e -> e instanceof CreditRepaid c && c.orderId().value().equals(orderId)).count() == 2);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(orderId).asStream().toList();
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                OrderPlaced.class.getSimpleName(), OrderAwaitingVendor.class.getSimpleName(),
                OrderConfirmed.class.getSimpleName(), OrderDispatched.class.getSimpleName(),
                OrderDelivered.class.getSimpleName(), OrderPaymentRecorded.class.getSimpleName(),
                OrderPaymentRecorded.class.getSimpleName(), OrderPaid.class.getSimpleName());
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events.get(1).getMetaData()).containsEntry("role", "SYSTEM");

        DomainEventMessage<?> placedEvent = events.get(0);
        assertThat(placedEvent.getMetaData()).containsEntry("userId", userId(BUYER_KTM_PHONE))
                .containsEntry("role", "BUYER").containsEntry("channel", "API").containsKey("correlationId");
        OrderPlaced payload = (OrderPlaced) placedEvent.getPayload();
        assertThat(payload.lines()).extracting(line -> line.sku()).containsExactly("RICE-JEERA-25KG", "DAL-MASOOR-KG");
        assertThat(payload.lines().get(0).unitPrice().amount()).isEqualByComparingTo("2350.00");
        assertThat(payload.paymentTerms().name()).isEqualTo("NET15");

        assertThat(events.get(2).getMetaData()).containsEntry("userId", userId(VENDOR_KTM_PHONE))
                .containsEntry("role", "VENDOR");
        assertThat(((OrderConfirmed) events.get(2).getPayload()).deliveryDate()).isEqualTo(LocalDate.parse(delivery));
        assertThat(events.get(6).getMetaData()).containsEntry("userId", userId(ADMIN_PHONE)).containsEntry("role", "ADMIN");
        assertThat(((OrderPaid) events.get(7).getPayload()).paidAmount().amount()).isEqualByComparingTo("7297.50");

        // The payload in PostgreSQL is JSON in a BYTEA column, not an OID large object.
        String stored = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", String.class, orderId);
        assertThat(json.valueToTree(stored).asText()).contains("\"orderNumber\"").contains("RICE-JEERA-25KG");
    }

    @Test
    void splitsLinesOfSeveralVendorsIntoOneOrderEachAllOrNothing() {
        Api buyer = as(BUYER_KTM_PHONE);
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(
                Map.of("sku", "RICE-MANSULI-25KG", "quantity", 3),
                Map.of("sku", "COKE-500ML-CTN", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.data().get("orders")).hasSize(2);
        assertThat(placed.data().get("orders").findValuesAsText("vendorId"))
                .containsExactlyInAnyOrder(userId(VENDOR_KTM_PHONE), userId(VENDOR_LTP_PHONE));

        eventCount();
        long before = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM event_store.domain_event_entry",
                Long.class);
        // The Kathmandu vendor's share is below its minimum order amount: no order is placed at all; the
        // sugar asked for is demand lost.
        var refused = buyer.post("/v1/orders", Map.of("items", List.of(
                Map.of("sku", "SUGAR-KG", "quantity", 5),
                Map.of("sku", "COKE-500ML-CTN", "quantity", 3))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("BELOW_MIN_ORDER_AMOUNT");
        eventCount();
        List<String> stored = jdbc.queryForList("""
                SELECT payloadtype FROM event_store.domain_event_entry
                WHERE globalindex > ? AND (payloadtype LIKE 'np.khaacho.kernel.order.%'
                                           OR payloadtype = 'np.khaacho.kernel.demand.DemandLost')""", String.class, before);
        assertThat(stored).containsExactly("np.khaacho.kernel.demand.DemandLost");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyAnswersTheFirstOrder() {
        Api buyer = as(BUYER_KTM_PHONE).withHeader("Idempotency-Key", "retry-" + System.nanoTime());
        Map<String, Object> body = Map.of("items", List.of(Map.of("sku", "RICE-BASMATI-5KG", "quantity", 6)));
        var first = buyer.post("/v1/orders", body);
        long after = eventCount();
        var second = buyer.post("/v1/orders", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.data()).isEqualTo(first.data());
        assertThat(eventCount()).isEqualTo(after);

        var otherBody = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-BASMATI-5KG", "quantity", 7))));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aStatusChangeSentAgainWithItsIdempotencyKeyActsOnce() {
        var placed = as(BUYER_KTM_PHONE).post("/v1/orders",
                Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("the order awaits the vendor", () -> log.has(orderId, OrderAwaitingVendor.class));
        String path = "/v1/orders/" + orderId + "/status";
        String key = "queued-" + System.nanoTime();
        Api vendor = as(VENDOR_KTM_PHONE).withHeader("Idempotency-Key", key);

        // refused (not confirmed yet): the key stays unused, so the same key may carry the real answer
        var tooEarly = vendor.put(path, Map.of("status", "DISPATCHED"));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.errorCode()).isEqualTo("ILLEGAL_TRANSITION");

        Map<String, Object> confirm = Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(1).toString());
        var first = vendor.put(path, confirm);
        var again = vendor.put(path, confirm);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(again.body().get("message").asText()).isEqualTo("order already updated");
        assertThat(eventStore.readEvents(orderId).asStream()
                .filter(e -> e.getPayload() instanceof OrderConfirmed).count()).isEqualTo(1);

        // dispatched from another device meanwhile: the confirmation retried after a lost reply still
        // gets its first answer, where without the key it would be refused as a step back
        assertThat(as(VENDOR_KTM_PHONE).put(path, Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
        var late = vendor.put(path, confirm);
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(late.data()).isEqualTo(first.data());
        assertThat(as(VENDOR_KTM_PHONE).put(path, confirm).errorCode()).isEqualTo("ILLEGAL_TRANSITION");

        var otherAnswer = vendor.put(path, Map.of("status", "DISPATCHED"));
        assertThat(otherAnswer.status()).isEqualTo(422);
        assertThat(otherAnswer.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // the key is the vendor's own: another order's answer under it is another request
        var elsewhere = vendor.put("/v1/orders/" + orderId + "x/status", confirm);
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    @Test
    void healthIsUpWithTheDatabaseAndEventProcessors() {
        var health = as(ADMIN_PHONE).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
        assertThat(health.body().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.body().at("/components/eventProcessors/details/write-lookups/running").asBoolean()).isTrue();
        var metrics = management().withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
        assertThat(anonymous().get("/v3/api-docs").body().at("/paths").has("/v1/orders")).isTrue();
    }
}
