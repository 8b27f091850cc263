package np.khaacho.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.PoisonedCommands;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.saga.parking.ParkedOrders;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order whose saga throws on one of its events is parked: the event and the order's later ones
 * wait in the dead letters, shown to admins with the cause, while every other order, including those
 * whose sagas share the parked one's segment, moves on. Once the cause is fixed, an admin's retry
 * handles the parked events in order, each once, and the order goes on as if nothing had happened.
 */
class ParkedOrderTest extends IntegrationTest {

    private static final String SKU = "RICE-JEERA-25KG";
    /** The saga processor's segments (application.yml). */
    private static final int[] SEGMENT_IDS = {0, 1};
    private static final int MAX_OTHER_ORDERS = 12;

    @Autowired
    private PoisonedCommands poison;
    private String parked;

    @Test
    void anOrderWhoseSagaFailsIsParkedWhileOthersMoveOnAndRetriedAfterTheFix() {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        Api admin = as(ADMIN_PHONE);
        parked = OrderSteps.placeAwaitingVendor(buyer, SKU, 3);
        OrderSteps.confirm(vendor, parked);
        poison.poisonStockCommitOf(parked);
        assertThat(vendor.put("/v1/orders/" + parked + "/status", Map.of("status", "DISPATCHED")).status())
                .isEqualTo(200);

        Eventually.waitUntil("the dispatch of order " + parked + " parked", () -> letters(parked).size() == 1);
        Map<String, Object> letter = letters(parked).get(0);
        assertThat(letter.get("payloadtype").toString()).endsWith("OrderDispatched");
        assertThat(letter.get("causemessage").toString()).contains("cannot commit the stock of order " + parked);
        assertThat(events(StockCommitted.class, parked)).as("the failed step left nothing behind").isZero();

        // a later event of the parked order waits behind the parked one
        assertThat(vendor.put("/v1/orders/" + parked + "/status", Map.of("status", "DELIVERED")).status())
                .isEqualTo(200);
        Eventually.waitUntil("the delivery parked behind the dispatch", () -> letters(parked).size() == 2);
        assertThat(letters(parked).get(1).get("payloadtype").toString()).endsWith("OrderDelivered");
        assertThat(events(CreditCharged.class, parked)).isZero();

        // other orders move on, among them one whose saga is handled by the parked order's segment
        int parkedSegment = segmentOf(parked);
        List<String> others = new ArrayList<>();
        String neighbour = null;
        while (neighbour == null && others.size() < MAX_OTHER_ORDERS) {
            String other = OrderSteps.placeAwaitingVendor(buyer, SKU, 3);
            others.add(other);
            if (segmentOf(other) == parkedSegment) {
                neighbour = other;
            }
        }
        assertThat(neighbour).as("an order in the segment of the parked one, among " + others).isNotNull();
        OrderSteps.confirm(vendor, neighbour);
        OrderSteps.dispatchAndDeliver(vendor, neighbour);
        String next = neighbour;
        Eventually.waitUntil("the neighbour's stock committed and its credit charged", () ->
                events(StockCommitted.class, next) == 1 && events(CreditCharged.class, next) == 1);

        // admins see the parked order with its cause; only they may retry
        var listed = admin.get("/v1/admin/dead-letters");
        assertThat(listed.status()).isEqualTo(200);
        List<JsonNode> shown = new ArrayList<>();
        listed.data().forEach(entry -> {
            if (entry.path("sequenceId").asText().equals(parked)) {
                shown.add(entry);
            }
        });
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).path("processingGroup").asText()).isEqualTo(ParkedOrders.GROUP);
        assertThat(shown.get(0).path("causeMessage").asText()).contains("cannot commit the stock");
        String retryPath = "/v1/admin/dead-letters/" + ParkedOrders.GROUP + "/retry";
        assertThat(vendor.post(retryPath, Map.of()).status()).isEqualTo(403);

        // a retry before the fix fails again and keeps both, in order
        var tooEarly = admin.post(retryPath, Map.of());
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(200);
        assertThat(tooEarly.data().get("stillDeadLettered").asLong()).isPositive();
        assertThat(letters(parked)).extracting(l -> l.get("payloadtype").toString().replaceAll(".*\\.", ""))
                .containsExactly("OrderDispatched", "OrderDelivered");

        poison.heal(parked);
        var retried = admin.post(retryPath, Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().get("sequencesProcessed").asInt()).isPositive();
        assertThat(letters(parked)).isEmpty();
        assertThat(events(StockCommitted.class, parked)).as("stock committed once").isEqualTo(1);
        assertThat(events(CreditCharged.class, parked)).as("credit charged once, after the commit").isEqualTo(1);

        // the order's sequence is clear again: its next event is handled at once
        var paid = vendor.post("/v1/orders/" + parked + "/payments", Map.of("amount", "100.00", "method", "CASH"));
        assertThat(paid.status()).as(paid.toString()).isIn(200, 201);
        Eventually.waitUntil("the payment of the released order repaid on its credit",
                () -> events(CreditRepaid.class, parked) == 1);
        assertThat(letters(parked)).isEmpty();
    }

    @AfterEach
    void healed() {
        if (parked != null) {
            poison.heal(parked);
            if (!letters(parked).isEmpty()) {
                as(ADMIN_PHONE).post("/v1/admin/dead-letters/" + ParkedOrders.GROUP + "/retry", Map.of());
            }
        }
    }

    private List<Map<String, Object>> letters(String orderId) {
        return jdbc.queryForList("""
                SELECT payloadtype, causemessage FROM axon.dead_letter_entry
                WHERE processinggroup = ? AND sequenceidentifier = ? ORDER BY sequenceindex""",
                ParkedOrders.GROUP, orderId);
    }

    private int events(Class<?> type, String orderId) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'orderId' = ?""",
                Integer.class, type.getName(), orderId);
        return count == null ? 0 : count;
    }

    /** The segment of the saga processor that handles the order's saga: sagas go by their own id. */
    private int segmentOf(String orderId) {
        String sagaId = jdbc.queryForObject("""
                SELECT sagaid FROM axon.association_value_entry
                WHERE associationkey = 'orderId' AND associationvalue = ? LIMIT 1""", String.class, orderId);
        for (Segment segment : Segment.computeSegments(SEGMENT_IDS)) {
            if (segment.matches(sagaId)) {
                return segment.getSegmentId();
            }
        }
        throw new AssertionError("no segment matches saga " + sagaId);
    }
}
