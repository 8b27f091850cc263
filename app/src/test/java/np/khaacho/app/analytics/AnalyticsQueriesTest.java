package np.khaacho.app.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin analytics over real HTTP, driven by orders placed, confirmed (fully and in part) and
 * rejected through the API. Other tests place orders in the same database, so figures are compared
 * before and after this test's orders.
 */
class AnalyticsQueriesTest extends IntegrationTest {

    private static final String BUYER_LALITPUR_PHONE = "+9779841100203";
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final List<String> ENDPOINTS = List.of("dashboard", "orders", "revenue", "buyers", "vendors",
            "products");

    @Autowired
    private EventStore eventStore;

    @Test
    void theFiguresOfTodayFollowPlacedConfirmedAndRejectedOrders() {
        Api admin = as(ADMIN_PHONE);
        String today = LocalDate.now(NEPAL).toString();
        String ktm = userId(VENDOR_KTM_PHONE);
        String patan = userId(VENDOR_LTP_PHONE);
        eventCount();
        JsonNode before = admin.get("/v1/analytics/dashboard").data().get("today");
        JsonNode vendorsBefore = admin.get("/v1/analytics/vendors").data();
        JsonNode productsBefore = todaysProducts(admin, today);

        // confirmed in full: 3 × 2350.00
        String full = place(as(BUYER_LALITPUR_PHONE), "RICE-JEERA-25KG", 3);
        // confirmed in part: 3 × 1320.00 ordered, 2 supplied
        String part = place(as(BUYER_POKHARA_COD_PHONE), "COKE-500ML-CTN", 3);
        // rejected: 4 × 1850.00 ordered, nothing stands
        String rejected = place(as(BUYER_LALITPUR_PHONE), "RICE-MANSULI-25KG", 4);
        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("the orders await their vendors", () -> log.has(full, OrderAwaitingVendor.class)
                && log.has(part, OrderAwaitingVendor.class) && log.has(rejected, OrderAwaitingVendor.class));

        String delivery = LocalDate.now(NEPAL).plusDays(2).toString();
        Api kathmandu = as(VENDOR_KTM_PHONE);
        assertThat(kathmandu.put("/v1/orders/" + full + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", delivery)).status()).isEqualTo(200);
        assertThat(as(VENDOR_LTP_PHONE).put("/v1/orders/" + part + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", delivery, "items", List.of(Map.of("sku", "COKE-500ML-CTN", "quantity", 2))))
                .status()).isEqualTo(200);
        assertThat(kathmandu.put("/v1/orders/" + rejected + "/status",
                Map.of("status", "REJECTED", "reason", "out of mansuli this week")).status()).isEqualTo(200);

        BigDecimal standingValue = new BigDecimal("7050.00").add(new BigDecimal("2640.00"));
        Eventually.waitUntil("today's figures take in the three orders", () -> {
            JsonNode now = admin.get("/v1/analytics/dashboard").data().get("today");
            return delta(now, before, "orders") >= 3 && delta(now, before, "confirmed") >= 2
                    && delta(now, before, "rejected") >= 1
                    && now.get("revenue").decimalValue().subtract(before.get("revenue").decimalValue())
                    .compareTo(standingValue) == 0;
        });

        JsonNode dashboard = admin.get("/v1/analytics/dashboard").data();
        JsonNode now = dashboard.get("today");
        assertThat(now.get("day").asText()).isEqualTo(today);
        assertThat(delta(now, before, "standingOrders")).isEqualTo(delta(now, before, "orders") - 1);
        assertThat(now.get("averageOrderValue").decimalValue()).isEqualByComparingTo(
                now.get("revenue").decimalValue().divide(BigDecimal.valueOf(now.get("standingOrders").asLong()), 2,
                        RoundingMode.HALF_UP));
        assertThat(now.get("distinctBuyers").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(now.get("distinctVendors").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode month = dashboard.get("last30Days");
        assertThat(month.get("to").asText()).isEqualTo(today);
        assertThat(month.get("from").asText()).isEqualTo(LocalDate.now(NEPAL).minusDays(29).toString());
        assertThat(month.get("orders").asLong()).isGreaterThanOrEqualTo(now.get("orders").asLong());
        assertThat(month.get("revenue").decimalValue()).isGreaterThanOrEqualTo(now.get("revenue").decimalValue());
        assertThat(month.get("distinctBuyers").asLong()).isGreaterThanOrEqualTo(now.get("distinctBuyers").asLong());
        assertThat(dashboard.get("days")).hasSize(30);
        assertThat(dashboard.get("days").get(29)).isEqualTo(now);
        assertThat(dashboard.get("topProducts").findValuesAsText("sku")).isNotEmpty();

        JsonNode vendors = admin.get("/v1/analytics/vendors").data();
        JsonNode ktmNow = vendor(vendors, ktm);
        JsonNode ktmBefore = vendor(vendorsBefore, ktm);
        assertThat(ktmNow.get("name").asText()).isEqualTo("Annapurna Khadya Bhandar");
        assertThat(delta(ktmNow, ktmBefore, "orders")).isGreaterThanOrEqualTo(2);
        assertThat(delta(ktmNow, ktmBefore, "confirmed")).isGreaterThanOrEqualTo(1);
        assertThat(delta(ktmNow, ktmBefore, "rejected")).isGreaterThanOrEqualTo(1);
        assertThat(ktmNow.get("revenue").decimalValue().subtract(decimal(ktmBefore, "revenue")))
                .isEqualByComparingTo("7050.00");
        long answered = ktmNow.get("confirmed").asLong() + ktmNow.get("rejected").asLong()
                + ktmNow.get("expired").asLong();
        assertThat(ktmNow.get("confirmationRate").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(ktmNow.get("confirmed").asLong()).divide(BigDecimal.valueOf(answered), 4,
                        RoundingMode.HALF_UP));
        assertThat(ktmNow.get("averageSecondsToConfirm").asLong()).isNotNegative();
        JsonNode patanNow = vendor(vendors, patan);
        assertThat(patanNow.get("revenue").decimalValue().subtract(decimal(vendor(vendorsBefore, patan), "revenue")))
                .isEqualByComparingTo("2640.00");

        JsonNode productsNow = todaysProducts(admin, today);
        assertThat(quantity(productsNow, "RICE-JEERA-25KG").subtract(quantity(productsBefore, "RICE-JEERA-25KG")))
                .isEqualByComparingTo("3");
        assertThat(quantity(productsNow, "COKE-500ML-CTN").subtract(quantity(productsBefore, "COKE-500ML-CTN")))
                .isEqualByComparingTo("2");
        assertThat(quantity(productsNow, "RICE-MANSULI-25KG"))
                .isEqualByComparingTo(quantity(productsBefore, "RICE-MANSULI-25KG"));

        JsonNode orders = admin.get("/v1/analytics/orders?from=" + today + "&to=" + today).data();
        assertThat(orders.at("/total/orders").asLong()).isEqualTo(now.get("orders").asLong());
        assertThat(orders.get("days")).hasSize(1);
        JsonNode revenue = admin.get("/v1/analytics/revenue?from=" + today + "&to=" + today).data();
        assertThat(revenue.get("revenue").decimalValue()).isEqualByComparingTo(now.get("revenue").decimalValue());
        JsonNode buyers = admin.get("/v1/analytics/buyers?from=" + today).data();
        assertThat(buyers.get("distinctBuyers").asLong()).isEqualTo(now.get("distinctBuyers").asLong());
        assertThat(buyers.get("topBuyers").findValuesAsText("buyerId")).contains(userId(BUYER_LALITPUR_PHONE));
    }

    @Test
    void onlyAdminsSeeTheAnalytics() {
        for (String phone : List.of(BUYER_KTM_PHONE, VENDOR_KTM_PHONE, AUDITOR_PHONE)) {
            for (String endpoint : ENDPOINTS) {
                var refused = as(phone).get("/v1/analytics/" + endpoint);
                assertThat(refused.status()).as(phone + " " + endpoint).isEqualTo(403);
                assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
            }
        }
        for (String endpoint : ENDPOINTS) {
            assertThat(anonymous().get("/v1/analytics/" + endpoint).status()).isEqualTo(401);
            assertThat(as(ADMIN_PHONE).get("/v1/analytics/" + endpoint).status()).isEqualTo(200);
        }
    }

    @Test
    void periodsAreCheckedAndDefaultToTheLast30Days() {
        Api admin = as(ADMIN_PHONE);
        JsonNode defaults = admin.get("/v1/analytics/revenue").data();
        assertThat(defaults.get("to").asText()).isEqualTo(LocalDate.now(NEPAL).toString());
        assertThat(defaults.get("days")).hasSize(30);
        assertThat(admin.get("/v1/analytics/orders?from=2026-02-30").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(admin.get("/v1/analytics/orders?from=2026-03-02&to=2026-03-01").errorCode())
                .isEqualTo("VALIDATION_ERROR");
        assertThat(admin.get("/v1/analytics/orders?from=2020-01-01&to=2026-01-01").errorCode())
                .isEqualTo("VALIDATION_ERROR");
        assertThat(admin.get("/v1/analytics/products?limit=0").errorCode()).isEqualTo("VALIDATION_ERROR");
        JsonNode quiet = admin.get("/v1/analytics/orders?from=2001-01-01&to=2001-01-03").data();
        assertThat(quiet.get("days")).hasSize(3);
        assertThat(quiet.at("/total/orders").asLong()).isZero();
    }

    private String place(Api buyer, String sku, int quantity) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", sku, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }

    private static JsonNode todaysProducts(Api admin, String today) {
        return admin.get("/v1/analytics/products?limit=50&from=" + today + "&to=" + today).data().get("top");
    }

    private static BigDecimal quantity(JsonNode products, String sku) {
        for (JsonNode product : products) {
            if (product.get("sku").asText().equals(sku)) {
                return product.get("quantity").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static JsonNode vendor(JsonNode report, String vendorId) {
        for (JsonNode vendor : report.get("vendors")) {
            if (vendor.get("vendorId").asText().equals(vendorId)) {
                return vendor;
            }
        }
        return MissingNode.getInstance();
    }

    private static long delta(JsonNode now, JsonNode before, String field) {
        return now.path(field).asLong() - before.path(field).asLong();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.has(field) ? node.get(field).decimalValue() : BigDecimal.ZERO;
    }
}
