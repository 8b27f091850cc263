package np.khaacho.app.web;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input, missing rights and illegal steps get a 4xx with the error body, and change nothing. */
class ApiRefusalTest extends IntegrationTest {

    private static final Map<String, Object> GOOD_ORDER =
            Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3)));

    @Test
    void refusesRequestsWithoutAValidToken() {
        long before = eventCount();
        var none = anonymous().post("/v1/orders", GOOD_ORDER);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(none.body().get("success").asBoolean()).isFalse();

        String forged = as(BUYER_KTM_PHONE).withHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                .post("/v1/orders", GOOD_ORDER).errorCode();
        assertThat(forged).isEqualTo("UNAUTHORIZED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesActionsOutsideTheCallersRole() {
        long before = eventCount();
        var vendorOrdering = as(VENDOR_KTM_PHONE).post("/v1/orders", GOOD_ORDER);
        assertThat(vendorOrdering.status()).isEqualTo(403);
        assertThat(vendorOrdering.errorCode()).isEqualTo("FORBIDDEN");

        var buyerListing = as(BUYER_KTM_PHONE).post("/v1/products", Map.of("sku", "NEW-1", "name", "New",
                "unit", "kg", "price", 10));
        assertThat(buyerListing.status()).isEqualTo(403);

        var buyerSettingCredit = as(BUYER_KTM_PHONE).put("/v1/buyers/" + userId(BUYER_KTM_PHONE) + "/credit",
                Map.of("creditLimit", 999999, "paymentTerms", "NET30"));
        assertThat(buyerSettingCredit.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesActingOnAnotherPartysOrderOrProduct() {
        String orderId = placeOrder();
        long before = eventCount();
        var otherVendor = as(VENDOR_LTP_PHONE).put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", LocalDate.now().plusDays(3).toString()));
        // another party's order does not exist for them, as on the read side
        assertThat(otherVendor.status()).isEqualTo(404);

        var otherBuyer = as(BUYER_POKHARA_COD_PHONE).put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CANCELLED"));
        assertThat(otherBuyer.status()).isEqualTo(404);

        String riceId = jdbc.queryForObject("SELECT id FROM write_model.products WHERE sku = 'RICE-JEERA-25KG'", String.class);
        var otherVendorsProduct = as(VENDOR_LTP_PHONE).post("/v1/products/" + riceId + "/stock",
                Map.of("type", "RECEIVE", "quantity", 10));
        assertThat(otherVendorsProduct.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void answersNotFoundForUnknownOrMalformedIds() {
        Api vendor = as(VENDOR_KTM_PHONE);
        assertThat(vendor.put("/v1/orders/order-00000000-0000-0000-0000-000000000000/status",
                Map.of("status", "DISPATCHED")).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(vendor.put("/v1/orders/%27%3B%20DROP%20TABLE%20x%3B--/status", Map.of("status", "DISPATCHED")).status())
                .isBetween(400, 404);
        assertThat(vendor.delete("/v1/products/nope").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(vendor.get("/v1/no-such-endpoint").status()).isEqualTo(404);
    }

    @Test
    void refusesIllegalTransitionsWithAStableCode() {
        String orderId = placeOrder();
        Api vendor = as(VENDOR_KTM_PHONE);
        long before = eventCount();
        var dispatchUnconfirmed = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED"));
        assertThat(dispatchUnconfirmed.status()).isEqualTo(409);
        assertThat(dispatchUnconfirmed.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
        var payUndelivered = vendor.post("/v1/orders/" + orderId + "/payments", Map.of("amount", 10, "method", "CASH"));
        assertThat(payUndelivered.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
        var pastDate = vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", "2020-01-01"));
        assertThat(pastDate.errorCode()).isEqualTo("VALIDATION_ERROR");
        var farDate = vendor.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", "+999999999-12-31"));
        assertThat(farDate.errorCode()).as(farDate.toString()).isEqualTo("VALIDATION_ERROR");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesInvalidAndMalformedBodies() {
        Api buyer = as(BUYER_KTM_PHONE);
        long before = eventCount();
        assertThat(buyer.post("/v1/orders", Map.of("items", List.of())).errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", -2))))
                .errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG",
                "quantity", "1e400")))).status()).isBetween(400, 499);
        assertThat(buyer.sendRaw("POST", "/v1/orders", "application/json", "{\"items\": [").errorCode())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(buyer.sendRaw("POST", "/v1/orders", "application/json", "{\"items\": \"rice\"}").errorCode())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(buyer.sendRaw("POST", "/v1/orders", "text/plain", "rice please").errorCode())
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        var unknownSku = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "NO-SUCH-SKU", "quantity", 1))));
        assertThat(unknownSku.errorCode()).isEqualTo("PRODUCT_NOT_AVAILABLE");
        assertThat(unknownSku.body().at("/error/details/0").asText()).contains("NO-SUCH-SKU");
        var belowMinimum = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "SALT-AAYO-1KG", "quantity", 2),
                Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(belowMinimum.errorCode()).isEqualTo("BELOW_MIN_ORDER_QUANTITY");
        // no order; the two lines refused for the vendor's minimum are demand lost, the only events stored
        assertThat(eventCount()).isEqualTo(before + 2);
    }

    @Test
    void refusesADuplicateSkuAndAnOversizedAdjustment() {
        Api vendor = as(VENDOR_KTM_PHONE);
        long before = eventCount();
        var duplicate = vendor.post("/v1/products", Map.of("sku", "SUGAR-KG", "name", "Sugar again", "unit", "kg",
                "price", 90));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("DUPLICATE_SKU");
        String sugarId = jdbc.queryForObject("SELECT id FROM write_model.products WHERE sku = 'SUGAR-KG'", String.class);
        var belowZero = vendor.post("/v1/products/" + sugarId + "/stock",
                Map.of("type", "ADJUST", "quantity", -1_000_000, "reason", "count"));
        assertThat(belowZero.errorCode()).isEqualTo("STOCK_BELOW_RESERVED");
        assertThat(eventCount()).isEqualTo(before);
    }

    private String placeOrder() {
        var placed = as(BUYER_KTM_PHONE).post("/v1/orders", GOOD_ORDER);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }
}
