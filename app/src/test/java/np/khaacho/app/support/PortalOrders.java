package np.khaacho.app.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders for the page tests, driven over the API as the buyer and the vendor would. */
public final class PortalOrders {

    private PortalOrders() {
    }

    /** Places an order for these lines (SKU, quantity, …) and answers its id. */
    public static String place(Api buyer, Object... skuAndQuantity) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            items.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        var placed = buyer.post("/v1/orders", Map.of("items", items));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }

    /** Waits until the read side shows the order in this status, and answers the order. */
    public static JsonNode awaitStatus(Api reader, String orderId, String status) {
        return Eventually.waitFor("order " + orderId + " is " + status, () -> {
            var reply = reader.get("/v1/orders/" + orderId);
            return reply.status() == 200 && status.equals(reply.data().get("status").asText()) ? reply.data() : null;
        });
    }

    public static void confirm(Api vendor, String orderId) {
        var reply = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2).toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    public static void dispatch(Api vendor, String orderId) {
        status(vendor, orderId, "DISPATCHED");
    }

    public static void deliver(Api vendor, String orderId) {
        status(vendor, orderId, "DELIVERED");
    }

    private static void status(Api vendor, String orderId, String status) {
        var reply = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", status));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
