package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor portal in a real browser: the live inbox and its three answers, the orders by status
 * through dispatch, delivery and payment, and the catalog with stock. Other tests share the running
 * application and the demo vendor, so every check looks for its own order or product by id.
 */
class VendorPortalTest extends BrowserTest {

    /** A cash-on-delivery shop in Bhaktapur, which V-KTM-01 serves: no credit limit to run out of. */
    private static final String BUYER = "+9779861100205";
    private static final String BUYER_NAME = "Bhattarai Kirana Store";

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void theInboxShowsANewOrderWithoutReloadAndTheTimeLeftTicks() {
        openPortal();
        waitFor(By.cssSelector("#stream-state[data-state='live']"));
        Object pageMark = js("return window.__sameDocument = 'yes';");
        assertThat(pageMark).isEqualTo("yes");

        String orderId = placeAndAwait(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4));

        WebElement card = waitFor(inboxCard(orderId));
        assertThat(card.getText()).contains(BUYER_NAME, "Sunflower Oil 5 L", "NPR 5,360.00");
        assertThat(js("return window.__sameDocument;")).as("the page was not reloaded").isEqualTo("yes");
        String left = card.findElement(By.className("time-left")).getText();
        assertThat(left).matches("(\\d+ h )?(\\d+ min )?\\d+ s left");
        waitUntil(d -> !d.findElement(inboxCard(orderId)).findElement(By.className("time-left")).getText().equals(left));
    }

    @Test
    void confirmingWithADateTakesTheOrderOutOfTheInboxAndShowsItConfirmed() {
        String orderId = placeAndAwait(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4));
        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        card.findElement(By.className("answer-confirm")).click();
        LocalDate delivery = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(3);
        WebElement date = card.findElement(By.className("delivery-date"));
        typeDate(date, delivery);
        assertThat(date.getDomProperty("value")).isEqualTo(delivery.toString());
        card.findElement(By.className("confirm-submit")).click();

        waitUntil(d -> d.findElements(inboxCard(orderId)).isEmpty());
        JsonNode order = vendorApi().get("/v1/orders/" + orderId).data();
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("deliveryDate").asText()).isEqualTo(delivery.toString());

        click(By.cssSelector("#status-tabs [data-status='CONFIRMED']"));
        waitForTextOf(orderRow(orderId), text -> text.contains("confirmed") && text.contains(BUYER_NAME));
        click(openOrder(orderId));
        String shownDate = delivery.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        waitForTextOf(By.cssSelector("#order-detail[data-order-id='" + orderId + "'] .delivery"), text -> text.equals(shownDate));
    }

    @Test
    void confirmingPartOfAnOrderKeepsTheQuantitiesTheVendorCanSupply() {
        String orderId = placeAndAwait(Map.of("sku", "DAL-MOONG-KG", "quantity", 20), Map.of("sku", "SUGAR-KG", "quantity", 20));
        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        card.findElement(By.className("answer-partial")).click();
        retype(card.findElement(By.cssSelector(".supply-qty[data-sku='DAL-MOONG-KG']")), "15");
        retype(card.findElement(By.cssSelector(".supply-qty[data-sku='SUGAR-KG']")), "0");
        card.findElement(By.className("partial-submit")).click();

        waitUntil(d -> d.findElements(inboxCard(orderId)).isEmpty());
        JsonNode order = vendorApi().get("/v1/orders/" + orderId).data();
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("items")).hasSize(1);
        assertThat(order.at("/items/0/sku").asText()).isEqualTo("DAL-MOONG-KG");
        assertThat(order.at("/items/0/quantity").decimalValue()).isEqualByComparingTo("15");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("2775.00");

        click(By.cssSelector("#status-tabs [data-status='CONFIRMED']"));
        click(openOrder(orderId));
        String detail = "#order-detail[data-order-id='" + orderId + "']";
        waitForTextOf(By.cssSelector(detail + " .total"), text -> text.equals("NPR 2,775.00"));
        assertThat(browser.findElements(By.cssSelector(detail + " .lines tbody tr"))).hasSize(1);
    }

    @Test
    void aLineReadWrongFromTheBuyersMessageIsDroppedWithWhatTheBuyerMeantAndItsWordsReadSoNextTime() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798760" + run;
        PortalOrders.newBuyer(commands, this::as, phone, "Misread Kirana " + run, 1_000_000);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant asked = Instant.now();
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "chiura 3 kg ra masoor dal 40 kg"));
        Eventually.waitFor("the summary", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(asked)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains("YES")).findFirst().orElse(null));
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes"));
        Api buyer = as(phone);
        String orderId = Eventually.waitFor("the order placed", () -> {
            var listed = buyer.get("/v1/orders?size=5").data().get("items");
            return listed.isEmpty() ? null : listed.get(0).get("id").asText();
        });
        PortalOrders.awaitStatus(vendorApi(), orderId, "AWAITING_VENDOR");

        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        card.findElement(By.className("answer-partial")).click();
        WebElement meant = card.findElement(By.cssSelector("select.meant[data-sku='CHIURA-KG']"));
        waitUntil(d -> meant.findElements(By.cssSelector("option[value='DAL-CHANA-KG']")).size() == 1);
        new Select(meant).selectByValue("DAL-CHANA-KG");
        WebElement quantity = card.findElement(By.cssSelector(".supply-qty[data-sku='CHIURA-KG']"));
        assertThat(quantity.getDomProperty("value")).isEqualTo("0");
        assertThat(quantity.isEnabled()).isFalse();
        screenshot("vendor-misread-line");
        card.findElement(By.className("partial-submit")).click();

        waitUntil(d -> d.findElements(inboxCard(orderId)).isEmpty());
        JsonNode order = vendorApi().get("/v1/orders/" + orderId).data();
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("items")).hasSize(1);
        assertThat(order.at("/items/0/sku").asText()).isEqualTo("DAL-MASOOR-KG");
        assertThat(jdbc.queryForList("""
                SELECT words || '=' || sku FROM write_model.buyer_aliases a JOIN write_model.users u ON u.id = a.buyer_id
                WHERE u.phone = ?""", String.class, phone)).containsExactly("chiura=DAL-CHANA-KG");

        Instant again = Instant.now();
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "chiura 40 kg"));
        String summary = Eventually.waitFor("the next summary", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(again)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains("YES")).findFirst().orElse(null));
        assertThat(summary).contains("Chana Dal: 40 kg").doesNotContain("Chiura");
    }

    @Test
    void rejectingWithAReasonTellsTheApiWhy() {
        String orderId = placeAndAwait(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4));
        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        card.findElement(By.className("answer-reject")).click();
        card.findElement(By.className("reject-reason")).sendKeys("No delivery to Bhaktapur this week");
        card.findElement(By.className("reject-submit")).click();

        waitUntil(d -> d.findElements(inboxCard(orderId)).isEmpty());
        JsonNode order = vendorApi().get("/v1/orders/" + orderId).data();
        assertThat(order.get("status").asText()).isEqualTo("REJECTED");
        JsonNode rejected = vendorApi().get("/v1/orders/" + orderId + "/tracking").data().get("timeline");
        assertThat(rejected.get(rejected.size() - 1).get("note").asText()).contains("No delivery to Bhaktapur this week");

        click(By.cssSelector("#status-tabs [data-status='REJECTED']"));
        click(openOrder(orderId));
        waitForTextOf(By.cssSelector("#order-detail[data-order-id='" + orderId + "'] .reason"),
                text -> text.contains("No delivery to Bhaktapur this week"));
    }

    @Test
    void aConfirmedOrderIsDispatchedDeliveredAndPaid() {
        String orderId = placeAndAwait(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4));
        var confirmed = vendorApi().put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CONFIRMED", "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(1).toString()));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        openPortal();
        click(By.cssSelector("#status-tabs [data-status='CONFIRMED']"));
        click(openOrder(orderId));
        String detail = "#order-detail[data-order-id='" + orderId + "']";

        click(By.cssSelector(detail + "[data-status='CONFIRMED'] #dispatch"));
        click(By.cssSelector(detail + "[data-status='DISPATCHED'] #deliver"));
        WebElement amount = shown(By.cssSelector(detail + "[data-status='DELIVERED'] #payment-amount"));
        assertThat(amount.getDomProperty("value")).isEqualTo("5360.00");

        retype(amount, "6000");
        new Select(browser.findElement(By.id("payment-method"))).selectByValue("WALLET");
        browser.findElement(By.id("record-payment")).click();
        waitForTextOf(By.cssSelector(detail + " .form-error"), text -> text.contains("exceeds the balance"));
        assertThat(vendorApi().get("/v1/orders/" + orderId).data().get("paymentStatus").asText()).isEqualTo("UNPAID");

        retype(browser.findElement(By.id("payment-amount")), "5360");
        browser.findElement(By.id("record-payment")).click();
        shown(By.cssSelector(detail + "[data-status='PAID']"));
        assertThat(browser.findElement(By.cssSelector(detail + " .paid")).getText()).contains("NPR 5,360.00");
        assertThat(browser.findElement(By.cssSelector(detail)).getText()).doesNotContain("null", "undefined");
        JsonNode order = vendorApi().get("/v1/orders/" + orderId).data();
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("paidAmount").decimalValue()).isEqualByComparingTo("5360.00");

        click(By.cssSelector("#status-tabs [data-status='PAID']"));
        waitForTextOf(orderRow(orderId), text -> text.contains("paid"));
    }

    @Test
    void theCatalogListsANewProductChangesItsPriceAndReceivesStock() {
        openPortal();
        String sku = "VP-" + System.nanoTime();
        browser.findElement(By.id("add-product-toggle")).click();
        waitFor(By.id("new-sku")).sendKeys(sku);
        browser.findElement(By.id("new-name")).sendKeys("Chaku Jaggery");
        browser.findElement(By.id("new-unit")).sendKeys("kg");
        browser.findElement(By.id("new-price")).sendKeys("120");
        browser.findElement(By.id("new-stock")).sendKeys("10");
        browser.findElement(By.id("add-product-submit")).click();

        String row = "tr.product[data-sku='" + sku + "'] ";
        waitForTextOf(By.cssSelector(row + ".price"), text -> text.contains("NPR 120.00"));
        assertThat(browser.findElement(By.cssSelector(row + ".on-hand")).getText()).isEqualTo("10");
        assertThat(browser.findElement(By.cssSelector(row + ".reserved")).getText()).isEqualTo("0");

        click(By.cssSelector(row + ".change-price"));
        retype(shown(By.cssSelector(row + ".new-price")), "135.50");
        click(By.cssSelector(row + ".save-price"));
        waitForTextOf(By.cssSelector(row + ".price"), text -> text.contains("NPR 135.50"));

        click(By.cssSelector(row + ".receive-stock"));
        shown(By.cssSelector(row + ".receive-qty")).sendKeys("25");
        click(By.cssSelector(row + ".save-receipt"));
        waitForTextOf(By.cssSelector(row + ".on-hand"), text -> text.equals("35"));
        assertThat(browser.findElement(By.cssSelector(row + ".available")).getText()).isEqualTo("35");

        String productId = browser.findElement(By.cssSelector(row.trim())).getDomAttribute("data-product-id");
        JsonNode product = vendorApi().get("/v1/products/" + productId).data();
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("135.50");
        assertThat(product.at("/stock/onHand").decimalValue()).isEqualByComparingTo("35");
    }

    @Test
    void aBuyerOrAnAdminGetsTheRefusalAndNoData() {
        for (String phone : List.of(BUYER_KTM_PHONE, ADMIN_PHONE)) {
            signInAs(phone);
            open("/vendor.html");
            assertThat(waitFor(By.id("not-allowed")).getText()).contains("Not for your role");
            assertThat(browser.findElements(By.id("inbox"))).isEmpty();
            assertThat(browser.findElements(By.id("catalog"))).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) js(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(fetched).noneMatch(url -> url.contains("/v1/"));
        }
    }

    @Test
    void onAPhoneTheInboxIsOneColumn() {
        phoneScreen();
        String orderId = placeAndAwait(Map.of("sku", "OIL-SUNFLOWER-5L", "quantity", 4));
        openPortal();
        WebElement card = waitFor(inboxCard(orderId));
        assertThat(card.getText()).contains(BUYER_NAME);
        WebElement inbox = browser.findElement(By.id("inbox-section"));
        WebElement orders = browser.findElement(By.id("orders-section"));
        assertThat(orders.getLocation().getY()).as("orders below the inbox").isGreaterThan(inbox.getLocation().getY());
        assertThat(orders.getLocation().getX()).isEqualTo(inbox.getLocation().getX());
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as("nothing wider than the screen").isLessThanOrEqualTo(0L);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", card);
    }

    // ---------- helpers ----------

    private void openPortal() {
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html");
        shown(By.cssSelector("#orders .order-row, #orders-empty"));
    }

    private Api vendorApi() {
        return as(VENDOR_KTM_PHONE);
    }

    @SafeVarargs
    private String placeAndAwait(Map<String, Object>... items) {
        var placed = as(BUYER).post("/v1/orders", Map.of("items", List.of(items)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        Api vendor = vendorApi();
        Eventually.waitUntil("order " + orderId + " awaits the vendor", () ->
                "AWAITING_VENDOR".equals(vendor.get("/v1/orders/" + orderId).data().get("status").asText()));
        return orderId;
    }

    private static By inboxCard(String orderId) {
        return By.cssSelector("#inbox .inbox-order[data-order-id='" + orderId + "']");
    }

    private static By openOrder(String orderId) {
        return By.cssSelector("#orders .order-row[data-order-id='" + orderId + "'] .open-order");
    }

    private static By orderRow(String orderId) {
        return By.cssSelector("#orders .order-row[data-order-id='" + orderId + "']");
    }


    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }


    /** Like waitFor, but a list drawn again while it looks is looked at again. */
    private WebElement shown(By locator) {
        return waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** Waits until the element's text satisfies the check, finding it again each time. */
    private void waitForTextOf(By locator, java.util.function.Predicate<String> check) {
        waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                return !found.isEmpty() && check.test(found.get(0).getText());
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }
}
