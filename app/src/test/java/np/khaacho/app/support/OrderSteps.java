package np.khaacho.app.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Moves orders through the API as buyers and vendors do: placed, confirmed, dispatched, delivered. */
public final class OrderSteps {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private OrderSteps() {
    }

    /** Places a one-line order and waits until the saga has it waiting for the vendor. */
    public static String placeAwaitingVendor(Api buyer, String sku, int quantity) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", sku, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        return orderId;
    }

    public static void confirm(Api vendor, String orderId) {
        String deliveryDate = LocalDate.now(NEPAL).plusDays(2).toString();
        status(vendor, orderId, Map.of("status", "CONFIRMED", "deliveryDate", deliveryDate));
    }

    public static void dispatchAndDeliver(Api vendor, String orderId) {
        status(vendor, orderId, Map.of("status", "DISPATCHED"));
        status(vendor, orderId, Map.of("status", "DELIVERED"));
    }

    public static JsonNode awaitStatus(Api reader, String orderId, String status) {
        Eventually.waitUntil("order " + orderId + " is " + status,
                () -> status.equals(reader.get("/v1/orders/" + orderId).body().path("data").path("status").asText()));
        return reader.get("/v1/orders/" + orderId).data();
    }

    private static void status(Api vendor, String orderId, Map<String, Object> body) {
        var answer = vendor.put("/v1/orders/" + orderId + "/status", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
}
