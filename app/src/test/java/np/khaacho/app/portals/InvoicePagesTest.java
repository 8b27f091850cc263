package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.OrderSteps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice pages in a real browser. A VAT-registered vendor that invoices on delivery delivers an
 * order of standard-rated ghee and exempt rice; its invoices page lists the invoice with the sums the
 * API gives (in rupees, lakh-grouped), opens it with both lines, prints it in English (a print the API
 * records for the vendor) and issues a credit note for one pouch; the buyer's page lists the invoice
 * and the credit note and opens the invoice. Other tests share the demo vendor and buyer, so every
 * check looks for this order's documents by id.
 */
class InvoicePagesTest extends BrowserTest {

    @Test
    void theVendorListsOpensPrintsAndCreditsAnInvoiceAndTheBuyerSeesBoth() {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        String orderId = deliveredOrder(buyer, vendor);
        JsonNode invoice = Eventually.waitFor("the order's invoice is listed", () -> {
            JsonNode page = vendor.get("/v1/invoices?orderId=" + orderId).data();
            return page != null && page.get("total").asLong() == 1 ? page.get("items").get(0) : null;
        });
        String invoiceId = invoice.get("invoiceId").asText();
        String number = invoice.get("number").asText();
        assertThat(invoice.get("kind").asText()).isEqualTo("INVOICE");
        assertThat(invoice.get("vatAmount").decimalValue()).as("the ghee is standard-rated").isPositive();
        assertThat(invoice.get("exemptAmount").decimalValue()).as("the rice is exempt").isPositive();

        // the vendor's list, its invoices only
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html#invoices-section");
        clickEnabled(By.cssSelector("#invoice-kinds [data-kind='INVOICE']"));
        String row = "#invoice-rows tr.invoice-row[data-invoice-id='" + invoiceId + "'] ";
        shown(By.cssSelector(row.trim()));
        described("the list of invoices only", () -> waitUntil(
                d -> "INVOICE".equals(d.findElement(By.id("invoices")).getDomAttribute("data-kind"))));
        assertThat(browser.findElements(By.cssSelector("#invoice-rows tr.invoice-row")))
                .allSatisfy(r -> assertThat(r.getDomAttribute("data-kind")).isEqualTo("INVOICE"));
        assertThat(text(row + ".number")).isEqualTo(number);
        assertThat(text(row + ".vat")).isEqualTo(rupees(invoice.get("vatAmount").decimalValue()));
        assertThat(text(row + ".total")).isEqualTo(rupees(invoice.get("totalAmount").decimalValue()));
        assertThat(text(row + ".taxable")).isEqualTo(rupees(invoice.get("taxableAmount").decimalValue()));
        assertThat(text(row + ".exempt")).isEqualTo(rupees(invoice.get("exemptAmount").decimalValue()));
        assertThat(text(row + ".issued")).startsWith(invoice.get("issuedOnBs").asText() + " BS");
        assertThat(text(row + ".order")).isEqualTo(invoice.get("orderNumber").asText());
        assertThat(text(row + ".buyer")).contains(invoice.get("buyerName").asText())
                .contains("PAN " + invoice.get("buyerPan").asText());
        js("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(By.id("invoices-section")));
        screenshot("InvoicePagesTest-vendor-invoices");

        // the invoice opened: both lines, its totals, who saw it
        clickEnabled(By.cssSelector(row + ".open-invoice"));
        String detail = "#invoice-detail[data-invoice-id='" + invoiceId + "'] ";
        shown(By.cssSelector(detail + "tr.invoice-line[data-sku='GHEE-DDC-1L']"));
        assertThat(browser.findElements(By.cssSelector(detail + "tr.invoice-line"))).hasSize(2);
        assertThat(text(detail + "tr.invoice-line[data-sku='RICE-JEERA-25KG'] .vat-class")).isEqualTo("exempt");
        assertThat(text(detail + ".invoice-number")).isEqualTo(number);
        assertThat(text(detail + "tfoot .vat td")).isEqualTo(rupees(invoice.get("vatAmount").decimalValue()));
        assertThat(text(detail + "tfoot .total td")).isEqualTo(rupees(invoice.get("totalAmount").decimalValue()));
        assertThat(text(detail + ".accesses h4")).startsWith("Views and prints");

        // printed in English: the PDF fetched with the vendor's token, a print the API records
        String vendorId = userId(VENDOR_KTM_PHONE);
        String pageWindow = browser.getWindowHandle();
        int printedBefore = Integer.parseInt(text(row + ".prints"));
        clickEnabled(By.cssSelector(detail + ".actions .pdf-en"));
        String pdf = "/v1/invoices/" + invoiceId + "/pdf?lang=en";
        described("the page's fetch of " + pdf + " answered 200",
                () -> waitUntil(d -> resourceStatuses(pdf).contains(200L) ? true : null));
        Eventually.waitUntil("the vendor's print is recorded", () -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.invoice_accesses WHERE invoice_id = ? AND kind = 'PRINT' AND user_id = ?",
                Long.class, invoiceId, vendorId) == 1);
        assertThat(printsBy(vendor, invoiceId, vendorId)).as("prints by the vendor, as the API tells them").isEqualTo(1);
        described("a tab for the PDF", () -> waitUntil(d -> d.getWindowHandles().size() > 1 ? true : null));
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(pageWindow)) {
                browser.switchTo().window(window);
                String opened = described("the PDF in its tab",
                        () -> waitUntil(d -> d.getCurrentUrl().startsWith("blob:") ? d.getCurrentUrl() : null));
                assertThat(opened).as("the PDF's tab").startsWith("blob:http://127.0.0.1:" + port + "/");
                browser.close();
            }
        }
        browser.switchTo().window(pageWindow);
        waitForTextOf(By.cssSelector(row + ".prints"), t -> t.equals(String.valueOf(printedBefore + 1)));

        // a credit note: more than was invoiced is refused with the API's reason, one pouch is credited
        clickEnabled(By.id("credit-note-toggle"));
        shown(By.id("credit-reason")).sendKeys("One pouch returned torn");
        clickEnabled(By.id("add-credit-line"));
        new Select(shown(By.cssSelector("#credit-lines .credit-line .credit-sku"))).selectByValue("GHEE-DDC-1L");
        WebElement quantity = browser.findElement(By.cssSelector("#credit-lines .credit-line .credit-qty"));
        quantity.sendKeys("99");
        clickEnabled(By.id("credit-note-submit"));
        var refused = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "One pouch returned torn",
                "lines", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 99))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        String reason = refused.body().get("error").get("message").asText();
        assertThat(reason).isNotBlank();
        waitForTextOf(By.cssSelector("#credit-note-form .form-error"), t -> t.startsWith(reason));
        assertThat(creditNotes(vendor, orderId)).as("the refused credit notes issued nothing").isEmpty();
        quantity.clear();
        quantity.sendKeys("1");
        clickEnabled(By.id("credit-note-submit"));
        waitForTextOf(By.cssSelector("#credit-note-result .cn-number"), t -> t.matches("CN-\\d{4}/\\d{2}-\\d{5}"));
        String creditNumber = text("#credit-note-result .cn-number");
        String creditNoteId = browser.findElement(By.id("credit-note-result")).getDomAttribute("data-credit-note-id");
        assertThat(browser.findElement(By.cssSelector("#credit-note-form .form-error")).isDisplayed()).isFalse();
        JsonNode creditNote = Eventually.waitFor("the credit note is listed",
                () -> creditNotes(vendor, orderId).stream().filter(c -> c.get("invoiceId").asText().equals(creditNoteId))
                        .findFirst().orElse(null));
        assertThat(creditNote.get("number").asText()).isEqualTo(creditNumber);
        assertThat(creditNote.get("creditedInvoiceId").asText()).isEqualTo(invoiceId);
        JsonNode credited = vendor.get("/v1/invoices/" + creditNoteId).data().get("document").get("lines");
        assertThat(credited).hasSize(1);
        assertThat(credited.get(0).get("sku").asText()).isEqualTo("GHEE-DDC-1L");
        assertThat(credited.get(0).get("quantity").decimalValue()).isEqualByComparingTo("1");

        // all kinds: the credit note beside its invoice
        clickEnabled(By.cssSelector("#invoice-kinds [data-kind='']"));
        String creditRow = "#invoice-rows tr.invoice-row[data-invoice-id='" + creditNoteId + "'] ";
        shown(By.cssSelector(creditRow.trim()));
        assertThat(text(creditRow + ".number")).isEqualTo(creditNumber);
        assertThat(text(creditRow + ".kind")).contains("credit note").contains("for " + number);
        assertThat(text(creditRow + ".total")).isEqualTo(rupees(creditNote.get("totalAmount").decimalValue()));

        // the buyer's page: the invoice and the credit note, the invoice opened
        signInAs(BUYER_KTM_PHONE);
        open("/buyer.html");
        String buyerRow = "#invoice-rows tr.invoice-row[data-invoice-id='" + invoiceId + "'] ";
        shown(By.cssSelector(buyerRow.trim()));
        shown(By.cssSelector("#invoice-rows tr.invoice-row[data-invoice-id='" + creditNoteId + "']"));
        assertThat(text(buyerRow + ".number")).isEqualTo(number);
        assertThat(text(buyerRow + ".vat")).isEqualTo(rupees(invoice.get("vatAmount").decimalValue()));
        assertThat(text(buyerRow + ".total")).isEqualTo(rupees(invoice.get("totalAmount").decimalValue()));
        assertThat(text(buyerRow + ".pan")).isEqualTo(invoice.get("buyerPan").asText());
        assertThat(browser.findElements(By.cssSelector(buyerRow + ".pdf-en"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(buyerRow + ".pdf-ne"))).hasSize(1);
        assertThat(text("#invoice-rows tr.invoice-row[data-invoice-id='" + creditNoteId + "'] .number")).isEqualTo(creditNumber);
        clickEnabled(By.cssSelector(buyerRow + ".open-invoice"));
        String view = "#invoice-view[data-invoice-id='" + invoiceId + "'] ";
        shown(By.cssSelector(view + "tr.invoice-line[data-sku='GHEE-DDC-1L']"));
        shown(By.cssSelector(view + "tr.invoice-line[data-sku='RICE-JEERA-25KG']"));
        assertThat(text(view + "tfoot .vat td")).isEqualTo(rupees(invoice.get("vatAmount").decimalValue()));
        assertThat(text(view + "tfoot .total td")).isEqualTo(rupees(invoice.get("totalAmount").decimalValue()));
        assertThat(browser.findElement(By.id("invoices")).getText()).doesNotContain("undefined", "null", "NaN");
        js("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(By.id("invoices")));
        screenshot("InvoicePagesTest-buyer-invoices");
    }

    @Test
    void theVendorSavesItsTaxProfile() {
        signInAs(VENDOR_KTM_PHONE);
        open("/vendor.html#tax-profile-section");
        // the demo vendor's own standing, stated again: other tests rely on it as it is
        shown(By.id("tax-pan")).sendKeys("301234567");
        WebElement vat = browser.findElement(By.id("tax-vat"));
        if (!vat.isSelected()) {
            vat.click();
        }
        new Select(browser.findElement(By.id("tax-invoice-at"))).selectByValue("DELIVERY");
        clickEnabled(By.id("tax-profile-submit"));
        waitForTextOf(By.id("tax-profile-saved"), t -> t.contains("PAN 301234567") && t.contains("VAT registered")
                && t.contains("at delivery"));
        assertThat(browser.findElement(By.id("tax-profile-error")).isDisplayed()).isFalse();
    }

    // ---------- helpers ----------

    /** Ghee ×5 (standard-rated) and rice ×1 (exempt), confirmed, dispatched and delivered. */
    private static String deliveredOrder(Api buyer, Api vendor) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(
                Map.of("sku", "GHEE-DDC-1L", "quantity", 5),
                Map.of("sku", "RICE-JEERA-25KG", "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);
        return orderId;
    }

    /** An amount as the pages show it: rupees, the last three digits then groups of two (रु 1,23,456.50). */
    static String rupees(BigDecimal amount) {
        String fixed = amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        String whole = fixed.substring(0, fixed.length() - 3);
        StringBuilder grouped = new StringBuilder(whole.substring(Math.max(0, whole.length() - 3)));
        String head = whole.substring(0, Math.max(0, whole.length() - 3));
        while (!head.isEmpty()) {
            int cut = Math.max(0, head.length() - 2);
            grouped.insert(0, head.substring(cut) + ",");
            head = head.substring(0, cut);
        }
        return "रु " + (amount.signum() < 0 ? "-" : "") + grouped + fixed.substring(fixed.length() - 3);
    }

    private static long printsBy(Api reader, String invoiceId, String userId) {
        JsonNode accesses = reader.get("/v1/invoices/" + invoiceId).data().get("accesses");
        long prints = 0;
        for (JsonNode access : accesses) {
            if (access.get("kind").asText().equals("PRINT") && access.get("userId").asText().equals(userId)) {
                prints++;
            }
        }
        return prints;
    }

    private static List<JsonNode> creditNotes(Api reader, String orderId) {
        JsonNode items = reader.get("/v1/invoices?kind=CREDIT_NOTE&orderId=" + orderId).data().get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** The HTTP statuses of the page's requests to this path (the browser's resource timing). */
    @SuppressWarnings("unchecked")
    private List<Long> resourceStatuses(String path) {
        return (List<Long>) js("var path = arguments[0]; return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.endsWith(path); })"
                + ".map(function (e) { return e.responseStatus; });", path);
    }


    private String text(String css) {
        return browser.findElement(By.cssSelector(css.trim())).getText().trim();
    }

    /** Clicks the element once it is there, finding it again if the page drew it anew meanwhile. */
    private void clickEnabled(By locator) {
        described("clickable: " + locator, () -> waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                if (found.isEmpty() || !found.get(0).isDisplayed() || !found.get(0).isEnabled()) {
                    return false;
                }
                found.get(0).click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        }));
    }

    /** Waits for the element to show, finding it again if a list was drawn anew while it looked. */
    private WebElement shown(By locator) {
        return described("shown: " + locator, () -> waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        }));
    }

    /** Waits until the element's text satisfies the check, finding it again each time. */
    private void waitForTextOf(By locator, Predicate<String> check) {
        described("the expected text in " + locator, () -> waitUntil(d -> {
            try {
                var found = d.findElements(locator);
                return !found.isEmpty() && check.test(found.get(0).getText());
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        }));
    }

    /** A wait that timed out says what it waited for. */
    private static <T> T described(String what, Supplier<T> wait) {
        try {
            return wait.get();
        } catch (TimeoutException e) {
            throw new AssertionError("waited 30 s for " + what, e);
        }
    }
}
