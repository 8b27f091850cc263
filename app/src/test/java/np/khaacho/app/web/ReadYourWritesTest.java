package np.khaacho.app.web;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After a command's 2xx answer, the very next read shows the change: no waiting, no polling. */
class ReadYourWritesTest extends IntegrationTest {

    @Test
    void theNextReadAfterAWriteShowsIt() {
        Api buyer = as(BUYER_KTM_PHONE);
        for (int i = 0; i < 5; i++) {
            var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String orderId = placed.data().get("orders").get(0).get("orderId").asText();
            var read = buyer.get("/v1/orders/" + orderId);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.data().get("orderNumber").asText())
                    .isEqualTo(placed.data().get("orders").get(0).get("orderNumber").asText());
        }

        Api vendor = as(VENDOR_PKR_PHONE);
        String sku = "RYW-" + System.nanoTime();
        var listed = vendor.post("/v1/products", Map.of("sku", sku, "name", "Read Back Soap", "unit", "piece",
                "price", 50, "initialStock", 10));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String productId = listed.data().get("productId").asText();
        assertThat(vendor.get("/v1/products/" + productId).status()).isEqualTo(200);

        assertThat(vendor.post("/v1/products/" + productId + "/stock", Map.of("type", "RECEIVE", "quantity", 5))
                .status()).isEqualTo(200);
        var product = vendor.get("/v1/products/" + productId);
        assertThat(product.data().at("/stock/onHand").decimalValue()).isEqualByComparingTo("15");
    }
}
