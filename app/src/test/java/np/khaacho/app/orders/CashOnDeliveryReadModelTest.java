package np.khaacho.app.orders;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cash-on-delivery order has no due date: its delivery and payment still reach the order views,
 * and no event of it ends in the dead-letter queue.
 */
class CashOnDeliveryReadModelTest extends IntegrationTest {

    private static final String COD_BUYER = "+9779861100205";

    @Test
    void aCashOnDeliveryOrderShowsDeliveredAndThenPaid() {
        Api vendor = as(VENDOR_KTM_PHONE);
        var placed = as(COD_BUYER).post("/v1/orders", Map.of("items", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 5))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        Eventually.waitUntil("the order awaits the vendor", () -> status(vendor, orderId).equals("AWAITING_VENDOR"));

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(1).toString();
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED", "deliveryDate", tomorrow))
                .status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DELIVERED")).status()).isEqualTo(200);

        Eventually.waitUntil("the order shows delivered", () -> status(vendor, orderId).equals("DELIVERED"));
        JsonNode delivered = vendor.get("/v1/orders/" + orderId).data();
        assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.get("paymentTerms").asText()).isEqualTo("COD");
        assertThat(delivered.hasNonNull("dueDate")).isFalse();
        JsonNode timeline = vendor.get("/v1/orders/" + orderId + "/tracking").data().get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("note").asText()).isEqualTo("cash on delivery");

        var paid = vendor.post("/v1/orders/" + orderId + "/payments", Map.of("amount", "5900.00", "method", "CASH"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        Eventually.waitUntil("the order shows paid", () -> status(vendor, orderId).equals("PAID"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.dead_letter_entry WHERE aggregateidentifier = ?",
                Long.class, orderId)).isZero();
    }

    private static String status(Api api, String orderId) {
        return api.get("/v1/orders/" + orderId).data().get("status").asText();
    }
}
