package np.khaacho.app.demand;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demand that was lost, for each cause a buyer meets: the vendor rejects an order, confirms less of a line,
 * has too little stock, the buyer's credit does not cover an order, a WhatsApp order asks for less than a
 * product's smallest order, and words that match nothing on sale. The vendor reads its fill rate and the
 * revenue it missed per product and cause; the admin reads the most-asked products nobody sells; other
 * vendors and buyers read neither.
 */
class LostDemandTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void everyLineNotServedIsCountedWithItsCauseInTheVendorsFillRate() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "lost-demand:" + run,
                "+97798570" + run, "Lost Traders " + run, "RICE-LOST-" + run, "Lost Basmati " + run, "bag", 1000);
        Api vendor = as(own.phone());
        ProductId biscuits = ProductId.derivedFrom("lost-demand:" + run + ":biscuits");
        Actor loader = Actor.system(Channel.DEMO_DATA);
        commands.send(new ListProduct(biscuits, own.vendorId(), "QUOKKA-" + run, new ProductDetails(
                "Quokka Biscuit", null, List.of(), "Snacks", "packet", null), Money.of(200), Quantity.of(5)), loader);
        commands.send(new ReceiveStock(StockId.of(biscuits), biscuits, Quantity.of(3), "opening stock"), loader);
        String buyerPhone = "+97798580" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, buyerPhone, "Lost Pasal " + run, 1_000_000);
        Api shortOfCredit = PortalOrders.newBuyer(commands, this::as, "+97798590" + run, "Short Pasal " + run, 500);
        Eventually.waitUntil("the biscuits are on sale", () -> buyer.get("/v1/products/" + biscuits.value()).status() == 200);

        String rejected = awaiting(buyer, own.sku(), 4);
        assertThat(vendor.put("/v1/orders/" + rejected + "/status", Map.of("status", "REJECTED", "reason", "no stock"))
                .status()).isEqualTo(200);
        String cut = awaiting(buyer, own.sku(), 10);
        assertThat(vendor.put("/v1/orders/" + cut + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(1).toString(),
                "items", List.of(Map.of("sku", own.sku(), "quantity", 6)))).status()).isEqualTo(200);
        PortalOrders.awaitStatus(buyer, PortalOrders.place(buyer, "QUOKKA-" + run, 5), "DECLINED");
        PortalOrders.awaitStatus(shortOfCredit, PortalOrders.place(shortOfCredit, own.sku(), 1), "DECLINED");
        awaiting(buyer, own.sku(), 2);
        // an API order below the biscuits' smallest order is refused, and its line is demand lost all the same
        Api.Reply refused = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "QUOKKA-" + run, "quantity", 3))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("BELOW_MIN_ORDER_QUANTITY");

        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        ask(twilio, buyerPhone, "quokka biscuit 2 packet");
        ask(twilio, buyerPhone, "3 kg wombat zorblax");

        JsonNode week = Eventually.waitFor("the week's fill rate with every loss", () -> {
            JsonNode weeks = vendor.get("/v1/demand/fill-rate?weeks=1").data().get("weeks");
            if (weeks.isEmpty()) {
                return null;
            }
            JsonNode first = weeks.get(0);
            return first.get("lostValue").decimalValue().compareTo(BigDecimal.valueOf(11_000)) == 0 ? first : null;
        });
        JsonNode rice = product(week, own.productId().value());
        assertThat(rice.get("askedQuantity").decimalValue()).isEqualByComparingTo("17");
        assertThat(rice.get("lostQuantity").decimalValue()).isEqualByComparingTo("9");
        assertThat(rice.get("askedValue").decimalValue()).isEqualByComparingTo("17000");
        assertThat(rice.get("fillRate").decimalValue()).isEqualByComparingTo("0.4706");
        assertThat(causes(rice)).containsExactly(Map.entry("CREDIT_DECLINED", "1000.00"),
                Map.entry("CUT_BY_VENDOR", "4000.00"), Map.entry("REJECTED_BY_VENDOR", "4000.00"));
        JsonNode quokka = product(week, biscuits.value());
        assertThat(quokka.get("fillRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(causes(quokka)).containsExactly(Map.entry("BELOW_MINIMUM", "1000.00"),
                Map.entry("OUT_OF_STOCK", "1000.00"));
        assertThat(week.get("askedValue").decimalValue()).isEqualByComparingTo("19000");

        JsonNode unsold = Eventually.waitFor("the words nobody sells", () -> {
            for (JsonNode asked : as(ADMIN_PHONE).get("/v1/admin/demand/unsold?days=1&limit=100").data()) {
                if (asked.get("asked").asText().equals("wombat zorblax")) {
                    return asked;
                }
            }
            return null;
        });
        assertThat(unsold.get("asks").asLong()).isEqualTo(1);
        assertThat(unsold.get("example").asText()).contains("3 kg wombat zorblax");

        assertThat(as(VENDOR_KTM_PHONE).get("/v1/demand/fill-rate?vendorId=" + own.vendorId().value()).status())
                .isEqualTo(403);
        assertThat(buyer.get("/v1/demand/fill-rate").status()).isEqualTo(403);
        assertThat(vendor.get("/v1/admin/demand/unsold").status()).isEqualTo(403);
        assertThat(as(ADMIN_PHONE).get("/v1/demand/fill-rate?weeks=1&vendorId=" + own.vendorId().value()).data()
                .get("weeks").get(0).get("lostValue").decimalValue()).isEqualByComparingTo("11000");

        // the vendor's page: the week's fill rate, and each product's with its causes
        signInAs(own.phone());
        open("/vendor.html");
        WebElement row = waitFor(By.cssSelector("#fill-rate tr[data-product-id='" + own.productId().value() + "']"));
        assertThat(row.findElement(By.cssSelector(".rate")).getText()).isEqualTo("47.1 %");
        assertThat(row.findElement(By.cssSelector(".missed")).getText()).isEqualTo("NPR 9,000.00");
        assertThat(row.findElement(By.cssSelector(".causes")).getText()).isEqualTo(
                "declined for credit NPR 1,000.00 · cut NPR 4,000.00 · rejected NPR 4,000.00");
        assertThat(browser.findElement(By.cssSelector("#fill-rate tr[data-product-id='" + biscuits.value() + "'] .causes"))
                .getText()).isEqualTo("below your minimum NPR 1,000.00 · out of stock NPR 1,000.00");
        assertThat(browser.findElement(By.cssSelector("#fill-rate .week-rate")).getText()).isEqualTo("42.1 %");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("fill-rate-section")));
        screenshot("LostDemandTest-vendor-fill-rate");

        signInAs(ADMIN_PHONE);
        open("/admin.html");
        WebElement asked = waitFor(By.cssSelector("#unsold tr[data-asked*='wombat zorblax']"));
        assertThat(asked.findElement(By.cssSelector(".asks")).getText()).isEqualTo("1");
        assertThat(asked.getText()).contains("3 kg wombat zorblax");
    }

    private static String awaiting(Api buyer, String sku, int quantity) {
        String orderId = PortalOrders.place(buyer, sku, quantity);
        PortalOrders.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        return orderId;
    }

    private void ask(WhatsAppClient twilio, String phone, String text) {
        Instant sent = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, text)).status()).isEqualTo(200);
        Eventually.waitFor("the reply to \"" + text + "\"", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(sent)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null).findFirst().orElse(null));
    }

    private static JsonNode product(JsonNode week, String productId) {
        for (JsonNode product : week.get("products")) {
            if (product.get("productId").asText().equals(productId)) {
                return product;
            }
        }
        throw new AssertionError("no " + productId + " in " + week);
    }

    private static Map<String, String> causes(JsonNode product) {
        Map<String, String> causes = new TreeMap<>();
        product.get("lostByCause").fields().forEachRemaining(cause ->
                causes.put(cause.getKey(), cause.getValue().decimalValue().setScale(2).toPlainString()));
        return causes;
    }
}
