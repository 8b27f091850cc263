package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The buyer portal in a real browser: own orders and their tracking, credit, ordering again, and refusals. */
class BuyerPortalTest extends BrowserTest {

    @Test
    void showsTheBuyersOwnOrdersAndFollowsAnOrdersTimelineLive() {
        String mine = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        String theirs = PortalOrders.place(as(BUYER_POKHARA_COD_PHONE), "RICE-JEERA-25KG", 3);
        JsonNode order = PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), mine, "AWAITING_VENDOR");

        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html");
        WebElement row = waitFor(By.cssSelector("#order-list li[data-order-id='" + mine + "']"));
        assertThat(row.getText()).contains(order.get("orderNumber").asText()).contains("awaiting vendor")
                .contains("Annapurna Khadya Bhandar").contains("7,050.00");
        assertThat(browser.findElements(By.cssSelector("#order-list li[data-order-id='" + theirs + "']"))).isEmpty();

        row.findElement(By.tagName("a")).click();
        waitForText(By.id("order-number"), order.get("orderNumber").asText());
        waitFor(By.cssSelector("#timeline li[data-event='OrderAwaitingVendor']"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Placed").contains("by you");
        assertThat(browser.findElement(By.cssSelector("#order-items tr[data-sku='RICE-JEERA-25KG']")).getText())
                .contains("Jeera Masino Rice 25 kg").contains("3 bag");
        assertThat(browser.getCurrentUrl()).endsWith("#order=" + mine);
        waitForText(By.id("live-state"), "live");

        // the vendor answers while the buyer watches: the page follows the order's stream
        PortalOrders.confirm(as(VENDOR_KTM_PHONE), mine);
        waitForText(By.id("order-status"), "confirmed");
        WebElement confirmed = waitFor(By.cssSelector("#timeline li[data-event='OrderConfirmed']"));
        assertThat(confirmed.getText()).contains("by the vendor");
        waitFor(By.cssSelector("#order-list li[data-order-id='" + mine + "'][data-status='CONFIRMED']"));
    }

    @Test
    void pagesThroughTheOrdersAndFiltersThemByStatus() {
        Api buyer = as(BUYER_KTM_PHONE);
        while (buyer.get("/v1/orders").data().get("total").asLong() < 12) {
            String filler = PortalOrders.place(buyer, "RICE-JEERA-25KG", 3);
            var cancelled = buyer.put("/v1/orders/" + filler + "/status", Map.of("status", "CANCELLED",
                    "reason", "placed to fill the list"));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        }
        JsonNode firstPage = buyer.get("/v1/orders?size=10").data();
        JsonNode secondPage = buyer.get("/v1/orders?size=10&page=1").data();
        long total = firstPage.get("total").asLong();

        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html");
        waitForText(By.id("page-info"), "page 1 of " + (total + 9) / 10);
        assertThat(rowIds()).containsExactlyElementsOf(ids(firstPage));
        assertThat(browser.findElement(By.id("prev-page")).isEnabled()).isFalse();

        browser.findElement(By.id("next-page")).click();
        waitForText(By.id("page-info"), "page 2 of");
        waitUntil(d -> rowIds().equals(ids(secondPage)));
        browser.findElement(By.id("prev-page")).click();
        waitForText(By.id("page-info"), "page 1 of");

        new Select(browser.findElement(By.id("status-filter"))).selectByValue("CANCELLED");
        JsonNode cancelled = buyer.get("/v1/orders?size=10&status=CANCELLED").data();
        waitUntil(d -> rowIds().equals(ids(cancelled)));
        assertThat(browser.findElements(By.cssSelector("#order-list li[data-order-id]")))
                .allSatisfy(li -> assertThat(li.getAttribute("data-status")).isEqualTo("CANCELLED"));
    }

    @Test
    void showsTheBuyersCreditFigures() {
        String placed = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), placed, "AWAITING_VENDOR");
        eventCount(); // the sagas of earlier orders have come to rest: the figures hold still
        JsonNode credit = as(BUYER_KTM_PHONE).get("/v1/buyers/me/credit").data();
        assertThat(credit.get("reserved").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("7050"));
        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html");
        waitFor(By.id("credit-limit"));
        assertThat(amount("credit-limit")).isEqualByComparingTo(String.valueOf(BUYER_KTM_CREDIT_LIMIT));
        assertThat(amount("credit-limit")).isEqualByComparingTo(credit.get("creditLimit").decimalValue());
        assertThat(amount("credit-available")).isEqualByComparingTo(credit.get("available").decimalValue());
        assertThat(amount("credit-outstanding")).isEqualByComparingTo(credit.get("outstanding").decimalValue());
        assertThat(amount("credit-reserved")).isEqualByComparingTo(credit.get("reserved").decimalValue());
        assertThat(amount("credit-overdue")).isEqualByComparingTo(credit.get("overdue").decimalValue());
        assertThat(browser.findElement(By.id("credit-limit")).getText()).contains("NPR 50,00,000.00");
        assertThat(browser.findElement(By.id("credit-terms")).getText()).contains("pay within 15 days of delivery");
        boolean overdue = credit.get("overdue").decimalValue().signum() > 0;
        waitFor(By.id(overdue ? "overdue-list" : "nothing-overdue"));
    }

    @Test
    void ordersThePastOrdersGoodsAgain() {
        Api buyer = as(BUYER_KTM_PHONE);
        String past = PortalOrders.place(buyer, "RICE-JEERA-25KG", 3, "DAL-MASOOR-KG", new BigDecimal("1.5"));
        PortalOrders.awaitStatus(buyer, past, "AWAITING_VENDOR");

        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html#order=" + past);
        waitFor(By.cssSelector("#timeline li[data-event='OrderAwaitingVendor']"));
        browser.findElement(By.id("reorder")).click();
        waitFor(By.id("reorder-confirm")).click();
        WebElement placed = waitFor(By.cssSelector("#reorder-orders li[data-order-id]"));
        String again = placed.getAttribute("data-order-id");
        assertThat(again).isNotEqualTo(past);

        JsonNode order = buyer.get("/v1/orders/" + again).data();
        assertThat(placed.getText()).contains(order.get("orderNumber").asText());
        List<String> lines = new ArrayList<>();
        order.get("items").forEach(i -> lines.add(i.get("sku").asText() + " x " + i.get("quantity").decimalValue()
                .stripTrailingZeros().toPlainString()));
        assertThat(lines).containsExactly("RICE-JEERA-25KG x 3", "DAL-MASOOR-KG x 1.5");
        assertThat(order.get("buyerId").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        waitFor(By.cssSelector("#order-list li[data-order-id='" + again + "']"));

        placed.findElement(By.tagName("a")).click();
        waitForText(By.id("order-number"), order.get("orderNumber").asText());
    }

    @Test
    void showsTheRefusalWhenThePastOrderIsNowBelowTheVendorsMinimum() {
        Api buyer = as(BUYER_KTM_PHONE);
        String past = PortalOrders.place(buyer, "RICE-JEERA-25KG", 3);
        PortalOrders.awaitStatus(buyer, past, "AWAITING_VENDOR");
        // the vendor could supply one bag only: one bag (NPR 2,350) is below the vendor's minimum of NPR 5,000
        var partial = as(VENDOR_KTM_PHONE).put("/v1/orders/" + past + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(1).toString(),
                "items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 1))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        Eventually.waitUntil("the order holds one bag", () -> buyer.get("/v1/orders/" + past).data()
                .at("/items/0/quantity").decimalValue().compareTo(BigDecimal.ONE) == 0);
        long before = buyer.get("/v1/orders").data().get("total").asLong();

        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html?order=" + past);
        waitForText(By.cssSelector("#order-items tr[data-sku='RICE-JEERA-25KG']"), "1 bag");
        browser.findElement(By.id("reorder")).click();
        waitFor(By.id("reorder-confirm")).click();
        WebElement error = waitFor(By.id("reorder-error"));
        assertThat(error.getAttribute("data-code")).isEqualTo("BELOW_MIN_ORDER_AMOUNT");
        assertThat(error.getText()).contains("at least");
        assertThat(browser.findElements(By.id("reorder-orders"))).isEmpty();
        assertThat(buyer.get("/v1/orders").data().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void showsNoDataForAnotherBuyersOrderOpenedByItsAddress() {
        String theirs = PortalOrders.place(as(BUYER_POKHARA_COD_PHONE), "RICE-JEERA-25KG", 3);
        JsonNode order = PortalOrders.awaitStatus(as(BUYER_POKHARA_COD_PHONE), theirs, "AWAITING_VENDOR");
        String number = order.get("orderNumber").asText();

        signInAs(BUYER_KTM_PHONE);
        for (String address : List.of("/buyer.html#order=" + theirs, "/buyer.html?order=" + theirs)) {
            open(address);
            WebElement missing = waitFor(By.id("order-missing"));
            assertThat(missing.getText()).contains("Order not found").contains("not exist")
                    .contains("another shop");
            waitFor(By.cssSelector("#order-list li"));
            assertThat(browser.findElements(By.id("order-number"))).isEmpty();
            assertThat(browser.findElements(By.id("timeline"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain(number).doesNotContain("Fewa Kitchen");
        }
    }

    @Test
    void refusesAVendor() {
        signInAs(VENDOR_KTM_PHONE);
        open("/buyer.html");
        assertThat(waitFor(By.id("not-allowed")).getText()).contains("Not for your role").contains("vendor");
        assertThat(browser.findElements(By.id("order-list"))).isEmpty();
        assertThat(browser.findElements(By.id("credit-figures"))).isEmpty();
    }

    @Test
    void fitsAPhoneScreen() {
        String orderId = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3, "DAL-MASOOR-KG", 2);
        PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), orderId, "AWAITING_VENDOR");
        phoneScreen();
        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html");
        waitFor(By.id("credit-limit"));
        WebElement row = waitFor(By.cssSelector("#order-list li[data-order-id='" + orderId + "'] a"));
        assertThat(overflow()).as("page wider than the screen").isLessThanOrEqualTo(0);
        screenshot("BuyerPortalTest-phone-orders");
        row.click();
        waitFor(By.cssSelector("#timeline li[data-event='OrderAwaitingVendor']"));
        assertThat(overflow()).as("order wider than the screen").isLessThanOrEqualTo(0);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    }

    private int overflow() {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return overflow.intValue();
    }

    private List<String> rowIds() {
        List<String> ids = new ArrayList<>();
        browser.findElements(By.cssSelector("#order-list li[data-order-id]"))
                .forEach(li -> ids.add(li.getAttribute("data-order-id")));
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }

    private BigDecimal amount(String id) {
        return new BigDecimal(browser.findElement(By.id(id)).getAttribute("data-amount"));
    }
}
