package np.khaacho.app.portals;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system on one machine, as a newcomer tries it: a buyer orders in the WhatsApp simulator,
 * the vendor's open inbox shows the order without a reload, the vendor confirms, the buyer's chat says
 * so, the buyer portal shows the new status, once delivered the buyer's chat gets the tax invoice with its
 * PDF, the admin's charts count the day's order, and the auditor
 * reads the order's timeline with who did what through which channel.
 */
class WholeFlowBrowserTest extends BrowserTest {

    private static final String BUYER = "+9779808100207";
    private static final Pattern ORDER_NUMBER = Pattern.compile("KH-\\d{6}");

    @Test
    void anOrderFromTheSimulatorThroughTheVendorToTheBuyerTheAdminAndTheAuditor() {
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html");
        waitFor(By.cssSelector("#stream-state[data-state='live']"));
        String vendorTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        open("/simulator.html?phone=" + BUYER.replace("+", "%2B"));
        waitForText(By.id("contact-line"), BUYER);
        say("namaste dai, 3 bora jeera masino pathaidinus");
        String summary = chatMessage("li.msg.out", "YES");
        Matcher number = ORDER_NUMBER.matcher(summary);
        assertThat(number.find()).as(summary).isTrue();
        String orderNumber = number.group();
        assertThat(summary).contains("7,050.00");
        screenshot("WholeFlow-1-simulator-summary");
        say("ho");
        chatMessage("li.msg.out[data-kind='ORDER_PLACED']", orderNumber);
        String orderId = jdbc.queryForObject("SELECT order_id FROM write_model.order_index WHERE order_number = ?",
                String.class, orderNumber);

        browser.switchTo().window(vendorTab);
        WebElement card = waitFor(By.cssSelector("#inbox .inbox-order[data-order-id='" + orderId + "']"));
        assertThat(card.getText()).contains(orderNumber).contains("7,050.00");
        screenshot("WholeFlow-2-vendor-inbox");
        card.findElement(By.className("answer-confirm")).click();
        typeDate(card.findElement(By.className("delivery-date")), LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2));
        card.findElement(By.className("confirm-submit")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#inbox .inbox-order[data-order-id='" + orderId + "']"))
                .isEmpty() ? true : null);

        browser.switchTo().newWindow(WindowType.TAB);
        open("/simulator.html?phone=" + BUYER.replace("+", "%2B"));
        chatMessage("li.msg.out[data-kind='ORDER_CONFIRMED']", orderNumber);
        screenshot("WholeFlow-3-simulator-confirmed");

        signInAs(BUYER);
        open("/buyer.html#order=" + orderId);
        waitForText(By.id("order-status"), "confirmed");
        waitFor(By.cssSelector("#timeline li[data-event='OrderConfirmed']"));
        screenshot("WholeFlow-4-buyer-portal");

        // delivered: the buyer's chat gets the tax invoice, its PDF attached by a signed link
        Api vendor = as(VENDOR_KTM_PHONE);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DELIVERED")).status()).isEqualTo(200);
        open("/simulator.html?phone=" + BUYER.replace("+", "%2B"));
        String invoiceMessage = chatMessage("li.msg.out[data-kind='INVOICE_ISSUED']", orderNumber);
        WebElement attachment = waitFor(By.cssSelector("li.msg.out[data-kind='INVOICE_ISSUED'] a.attachment"));
        String link = attachment.getAttribute("href");
        assertThat(link).startsWith(PUBLIC_BASE_URL + "/v1/shared/invoices/");
        assertThat(invoiceMessage).contains("7,050.00");
        var pdf = anonymous().getBytes(link.substring(PUBLIC_BASE_URL.length()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        screenshot("WholeFlow-7-simulator-invoice");

        signInAs(ADMIN_PHONE);
        open("/admin.html");
        WebElement today = waitFor(By.cssSelector("#chart-orders .chart-today"));
        assertThat(new BigDecimal(today.getAttribute("data-value"))).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(browser.findElements(By.cssSelector("#chart-revenue rect.bar"))).isNotEmpty();
        screenshot("WholeFlow-5-admin-dashboard");

        signInAs(AUDITOR_PHONE);
        open("/auditor.html#order=" + orderId);
        WebElement confirmed = waitFor(By.cssSelector("#events li[data-type='OrderConfirmed']"));
        assertThat(confirmed.findElement(By.className("who")).getText()).contains("Annapurna Khadya Bhandar");
        List<String> channels = browser.findElements(By.cssSelector("#events li .channel")).stream()
                .map(WebElement::getText).toList();
        assertThat(channels).anyMatch(c -> c.equalsIgnoreCase("whatsapp"));
        screenshot("WholeFlow-6-auditor-timeline");
    }

    /** The text of the first chat message matching the selector that shows this text (messages are redrawn). */
    private String chatMessage(String selector, String text) {
        return waitUntil(d -> {
            try {
                return d.findElements(By.cssSelector(selector)).stream().map(WebElement::getText)
                        .filter(shown -> shown.contains(text)).findFirst().orElse(null);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }
}
