package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.FailingProbeProjection;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.RemindPayment;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin dashboard in a real browser, against figures and messages made through the API. */
class AdminDashboardTest extends BrowserTest {

    /** Its orders here stay unpaid, and no test spreads a payment over its orders. */
    private static final String BUYER_GURUNG_PHONE = "+9779856100202";
    private static final String BUYER_NEWA_PHONE = "+9779841100206";

    @Autowired
    private CommandSender commands;
    @Autowired
    private FailingProbeProjection probe;

    @Test
    void theChartsShowTodaysFiguresOfOrdersPlacedConfirmedAndDelivered() {
        Api ktm = as(VENDOR_KTM_PHONE);
        String delivered = OrderSteps.placeAwaitingVendor(as(BUYER_GURUNG_PHONE), "RICE-JEERA-25KG", 3);
        String confirmed = OrderSteps.placeAwaitingVendor(as(BUYER_GURUNG_PHONE), "COKE-500ML-CTN", 4);
        OrderSteps.confirm(ktm, delivered);
        OrderSteps.dispatchAndDeliver(ktm, delivered);
        OrderSteps.confirm(as(VENDOR_LTP_PHONE), confirmed);
        OrderSteps.awaitStatus(ktm, delivered, "DELIVERED");
        eventCount();

        Api admin = as(ADMIN_PHONE);
        JsonNode today = admin.get("/v1/analytics/dashboard").data().get("today");
        assertThat(today.get("orders").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(today.get("delivered").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(today.get("revenue").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("12330.00"));
        String day = today.get("day").asText();

        openDashboard();
        for (String[] chart : new String[][]{{"chart-orders", "rect.bar", "orders"},
                {"chart-revenue", "rect.bar", "revenue"}, {"chart-aov", "circle.point", "averageOrderValue"}}) {
            List<WebElement> points = browser.findElements(By.cssSelector("#" + chart[0] + " " + chart[1]));
            assertThat(points).as(chart[0]).hasSize(30);
            WebElement todays = browser.findElement(By.cssSelector("#" + chart[0] + " " + chart[1] + "[data-day='"
                    + day + "']"));
            assertThat(decimal(todays, "data-value")).as(chart[0])
                    .isEqualByComparingTo(today.get(chart[2]).decimalValue());
            assertThat(todays.getAttribute("class")).contains("today");
            assertThat(decimal(browser.findElement(By.cssSelector("#" + chart[0] + " .chart-today")), "data-value"))
                    .isEqualByComparingTo(today.get(chart[2]).decimalValue());
            BigDecimal max = decimal(browser.findElement(By.cssSelector("#" + chart[0] + " svg")), "data-max");
            assertThat(points.stream().map(p -> decimal(p, "data-value")).max(BigDecimal::compareTo).orElseThrow())
                    .isEqualByComparingTo(max);
        }
        WebElement bar = browser.findElement(By.cssSelector("#chart-revenue rect.bar[data-day='" + day + "']"));
        assertThat(Double.parseDouble(bar.getAttribute("height"))).isPositive();
        for (String figure : List.of("orders", "delivered", "revenue", "averageOrderValue")) {
            WebElement tile = browser.findElement(By.cssSelector("#today-figures [data-figure='" + figure + "']"));
            assertThat(decimal(tile, "data-value")).as(figure).isEqualByComparingTo(today.get(figure).decimalValue());
        }

        List<String> topSkus = new ArrayList<>();
        admin.get("/v1/analytics/products?limit=10").data().get("top").forEach(p -> topSkus.add(p.get("sku").asText()));
        assertThat(topSkus).contains("RICE-JEERA-25KG", "COKE-500ML-CTN");
        assertThat(browser.findElements(By.cssSelector("#top-products tr[data-sku]")))
                .extracting(row -> row.getAttribute("data-sku")).containsExactlyElementsOf(topSkus);

        for (JsonNode vendor : admin.get("/v1/analytics/vendors").data().get("vendors")) {
            WebElement row = browser.findElement(By.cssSelector("#vendors tr[data-vendor-id='"
                    + vendor.get("vendorId").asText() + "']"));
            assertThat(row.getText()).contains(vendor.get("name").asText());
            assertThat(row.getAttribute("data-orders")).isEqualTo(vendor.get("orders").asText());
            if (vendor.path("confirmationRate").isMissingNode() || vendor.path("confirmationRate").isNull()) {
                assertThat(row.getAttribute("data-confirmation-rate")).isEmpty();
            } else {
                assertThat(decimal(row, "data-confirmation-rate"))
                        .isEqualByComparingTo(vendor.get("confirmationRate").decimalValue());
                assertThat(row.findElement(By.cssSelector("td.rate")).getText()).endsWith("%");
            }
        }
        WebElement ktmRow = browser.findElement(By.cssSelector("#vendors tr[data-vendor-id='"
                + userId(VENDOR_KTM_PHONE) + "']"));
        assertThat(ktmRow.getAttribute("data-seconds-to-confirm")).matches("\\d+");
    }

    @Test
    void onAPhoneScreenThePanelsStackWithoutSidewaysScrolling() {
        phoneScreen();
        openDashboard();
        waitFor(By.cssSelector("#chart-orders svg"));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        Object widest = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('main *'))
                    .filter(function (e) { return e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.closest('.table-wrap'); })
                    .slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; }).join(', ');""");
        assertThat(((Number) overflow).longValue()).as("wider than the screen: %s", widest).isLessThanOrEqualTo(0);
        WebElement orders = browser.findElement(By.cssSelector("#chart-orders svg"));
        WebElement revenue = browser.findElement(By.cssSelector("#chart-revenue svg"));
        assertThat(orders.getSize().getWidth()).isGreaterThan(250);
        assertThat(revenue.getLocation().getY()).as("charts stack").isGreaterThan(orders.getLocation().getY());
        assertThat(browser.findElement(By.id("projections")).isDisplayed()).isTrue();
        showOnScreen(By.id("chart-orders"));
        screenshot("AdminDashboardTest-phone-charts");
        showOnScreen(By.id("outbound"));
        screenshot("AdminDashboardTest-phone-messages");
    }

    @Test
    void buyersWithOverdueCreditAreListed() {
        Api ktm = as(VENDOR_KTM_PHONE);
        String orderId = OrderSteps.placeAwaitingVendor(as(BUYER_NEWA_PHONE), "RICE-JEERA-25KG", 3);
        OrderSteps.confirm(ktm, orderId);
        OrderSteps.dispatchAndDeliver(ktm, orderId);
        JsonNode order = OrderSteps.awaitStatus(ktm, orderId, "DELIVERED");
        commands.send(new RemindPayment(OrderId.of(orderId), LocalDate.parse(order.get("dueDate").asText()), true),
                Actor.system(Channel.SYSTEM));
        String buyerId = userId(BUYER_NEWA_PHONE);
        Api admin = as(ADMIN_PHONE);
        Eventually.waitUntil("the buyer is overdue", () -> admin.get("/v1/admin/credit/overdue").data()
                .findValuesAsText("buyerId").contains(buyerId));
        JsonNode overdue = null;
        for (JsonNode buyer : admin.get("/v1/admin/credit/overdue").data()) {
            if (buyer.get("buyerId").asText().equals(buyerId)) {
                overdue = buyer;
            }
        }

        openDashboard();
        WebElement row = waitFor(By.cssSelector("#overdue tr[data-buyer-id='" + buyerId + "']"));
        showOnScreen(By.id("overdue"));
        assertThat(row.getText()).contains("Newa Momo Center").contains(BUYER_NEWA_PHONE);
        assertThat(decimal(row, "data-overdue")).isEqualByComparingTo(overdue.get("overdue").decimalValue())
                .isGreaterThanOrEqualTo(new BigDecimal("7050.00"));
    }

    @Test
    void aMessageFromAnUnknownPhoneShowsAsALead() {
        String phone = unknownPhone();
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, TWILIO_AUTH_TOKEN);
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "Do you sell sugar by the sack?"));
        Eventually.waitUntil("the lead is recorded", () -> as(ADMIN_PHONE).get("/v1/whatsapp/leads").data()
                .findValuesAsText("phone").contains(phone));

        openDashboard();
        WebElement lead = waitFor(By.cssSelector("#leads tr[data-phone='" + phone + "']"));
        showOnScreen(By.id("leads"));
        assertThat(lead.getText()).contains(phone).contains("Do you sell sugar by the sack?").contains("Test Shop");
    }

    @Test
    void aFailedOutboundMessageShowsAndRetrySendsItAgain() {
        String phone = unknownPhone();
        TWILIO.failNextTo(phone, 1, 400, 21211);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, TWILIO_AUTH_TOKEN);
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "namaste"));
        Eventually.waitUntil("the answer failed", () -> "FAILED".equals(outboxStatus(phone)));
        long id = jdbc.queryForObject("SELECT id FROM messaging.outbox WHERE phone = ?", Long.class, phone);

        openDashboard();
        WebElement row = waitFor(By.cssSelector("#outbound tr[data-id='" + id + "']"));
        showOnScreen(By.id("outbound"));
        assertThat(row.getAttribute("data-status")).isEqualTo("FAILED");
        assertThat(row.getText()).contains(phone).contains("21211");
        row.findElement(By.cssSelector("button.retry")).click();

        waitUntil(d -> "SENT".equals(d.findElement(By.cssSelector("#outbound tr[data-id='" + id + "']"))
                .getAttribute("data-status")));
        assertThat(outboxStatus(phone)).isEqualTo("SENT");
        assertThat(TWILIO.requestsTo(phone)).extracting(TwilioStub.MessageRequest::answeredStatus)
                .containsExactly(400, 201);
        assertThat(browser.findElement(By.cssSelector("#outbound tr[data-id='" + id + "'] button.retry")).isEnabled())
                .isFalse();
    }

    @Test
    void aProjectionReplayStartsFromThePageAndCompletes() {
        openDashboard();
        By users = By.cssSelector("#projections tr[data-name='users-projection']");
        waitUntil(d -> !rowData("#projections tr[data-name='users-projection']").isEmpty());
        showOnScreen(By.id("projections"));
        String startedBefore = rowData("#projections tr[data-name='users-projection']").get("replayStarted");
        waitUntil(d -> {
            try {
                d.findElement(users).findElement(By.cssSelector("button.replay")).click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });

        // the table is redrawn every second while the replay runs: read the row's state in one step
        waitUntil(d -> {
            Map<String, String> row = rowData("#projections tr[data-name='users-projection']");
            return !startedBefore.equals(row.get("replayStarted")) && "done".equals(row.get("replayState"))
                    && "caught-up".equals(row.get("state"));
        });
        JsonNode status = as(ADMIN_PHONE).get("/v1/admin/projections/users-projection").data();
        assertThat(status.get("replaying").asBoolean()).isFalse();
        Map<String, String> row = rowData("#projections tr[data-name='users-projection']");
        assertThat(status.at("/replay/startedAt").asText()).isEqualTo(row.get("replayStarted"));
        assertThat(Long.parseLong(row.get("lag"))).isZero();
        assertThat(browser.findElement(By.id("projections")).getText()).contains("events/s");
    }

    @Test
    void deadLettersShowAndRetryHandlesThemOnceTheCauseIsFixed() {
        String sku = FailingProbeProjection.POISON_PREFIX + System.nanoTime();
        commands.send(new ListProduct(ProductId.random(), VendorId.of(userId(VENDOR_PKR_PHONE)), sku,
                new ProductDetails("Probe " + sku, null, List.of(), "household", "piece", null), Money.of(10),
                Quantity.of(1)), Actor.system(Channel.SYSTEM));
        Eventually.waitUntil("the event is dead-lettered", () -> jdbc.queryForObject("""
                SELECT count(*) FROM axon.dead_letter_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, "%" + sku + "%") == 1);

        openDashboard();
        waitForText(By.id("dead-letters"), "cannot project " + sku);
        showOnScreen(By.id("dead-letters"));
        probe.heal(sku);
        waitFor(By.cssSelector("#dead-letters tr.group-row[data-group='" + FailingProbeProjection.GROUP
                + "'] button.retry-group")).click();

        waitUntil(d -> !d.findElement(By.id("dead-letters")).getText().contains(sku));
        assertThat(probe.hasSeen(sku)).isTrue();
    }

    @Test
    void vendorsAndBuyersGetTheNotAllowedCardAndNoData() {
        for (String phone : List.of(VENDOR_KTM_PHONE, BUYER_KTM_PHONE)) {
            signInAs(phone);
            open("/admin.html");
            assertThat(waitFor(By.id("not-allowed")).getText()).contains("Not for your role");
            assertThat(browser.findElements(By.id("dashboard"))).isEmpty();
            Object apiCalls = ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource')"
                            + ".filter(function (e) { return e.name.indexOf('/v1/') >= 0; }).length;");
            assertThat(((Number) apiCalls).longValue()).as(phone).isZero();
        }
    }

    private void openDashboard() {
        signInAs(ADMIN_PHONE);
        open("/admin.html");
        waitFor(By.cssSelector("#dashboard[data-loaded='true']"));
        assertThat(browser.findElements(By.cssSelector("[data-load='error']"))).isEmpty();
    }

    private void showOnScreen(By locator) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(locator));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> rowData(String selector) {
        Object data = ((JavascriptExecutor) browser).executeScript(
                "var row = document.querySelector(arguments[0]); return row ? Object.assign({}, row.dataset) : {};",
                selector);
        return (Map<String, String>) data;
    }

    private String outboxStatus(String phone) {
        return jdbc.query("SELECT status FROM messaging.outbox WHERE phone = ? ORDER BY id", (rs, n) -> rs.getString(1),
                phone).stream().findFirst().orElse(null);
    }

    private static String unknownPhone() {
        return "+97798" + (10000000 + (int) (Math.random() * 89999999));
    }

    private static BigDecimal decimal(WebElement element, String attribute) {
        return new BigDecimal(element.getAttribute(attribute));
    }
}
