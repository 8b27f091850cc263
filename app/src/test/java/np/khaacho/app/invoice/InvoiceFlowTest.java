package np.khaacho.app.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.kernel.calendar.FiscalYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VAT-registered vendor's delivered order gets its tax invoice: exempt rice and standard-rated
 * ghee split exactly to the paisa, numbered in the vendor's book of the fiscal year, seen by the
 * vendor and the buyer and no one else. Views and prints are recorded with their actor and a second
 * print is a copy; corrections are credit notes within what was invoiced, and the invoice never changes.
 */
class InvoiceFlowTest extends IntegrationTest {

    /** Maharjan General Store: no PAN in the demo data, and credit enough for a large order. */
    private static final String LALITPUR_BUYER_WITHOUT_PAN = "+9779841100203";
    private static final BigDecimal GROSS_FACTOR = new BigDecimal("1.13");

    @Test
    void aDeliveredOrderIsInvoicedOnceAndCorrectedOnlyByCreditNotes() {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(
                Map.of("sku", "RICE-JEERA-25KG", "quantity", 2),
                Map.of("sku", "GHEE-DDC-1L", "quantity", 7))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        OrderSteps.confirm(vendor, orderId);
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DISPATCHED")).status()).isEqualTo(200);
        assertThat(vendor.get("/v1/invoices?orderId=" + orderId).data().get("total").asLong())
                .as("this vendor invoices on delivery, not on dispatch").isZero();
        assertThat(vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "DELIVERED")).status()).isEqualTo(200);

        JsonNode summary = invoiceOf(vendor, orderId);
        JsonNode order = buyer.get("/v1/orders/" + orderId).data();
        BigDecimal total = order.get("totalAmount").decimalValue();
        BigDecimal riceGross = lineSubtotal(order, "RICE-JEERA-25KG");
        BigDecimal gheeGross = lineSubtotal(order, "GHEE-DDC-1L");
        BigDecimal taxable = gheeGross.divide(GROSS_FACTOR, 2, RoundingMode.HALF_UP);
        assertThat(summary.get("totalAmount").decimalValue()).isEqualByComparingTo(total);
        assertThat(summary.get("exemptAmount").decimalValue()).isEqualByComparingTo(riceGross);
        assertThat(summary.get("taxableAmount").decimalValue()).isEqualByComparingTo(taxable);
        assertThat(summary.get("vatAmount").decimalValue()).isEqualByComparingTo(gheeGross.subtract(taxable));
        String fiscalYear = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Kathmandu"))).label();
        assertThat(summary.get("fiscalYear").asText()).isEqualTo(fiscalYear);
        assertThat(summary.get("number").asText()).matches("\\Q" + fiscalYear + "\\E-\\d{5}");
        assertThat(summary.get("buyerPan").asText()).isEqualTo("609876543");
        String invoiceId = summary.get("invoiceId").asText();

        // the buyer gets the original on WhatsApp, by a signed link that opens without logging in
        Map<String, Object> sent = Eventually.waitFor("the invoice message is queued", () -> jdbc.queryForList("""
                SELECT body, media_url, phone FROM messaging.outbox WHERE order_id = ? AND kind = 'INVOICE_ISSUED'""",
                orderId).stream().findFirst().orElse(null));
        assertThat(sent.get("phone")).isEqualTo(BUYER_KTM_PHONE);
        String link = (String) sent.get("media_url");
        assertThat(link).startsWith(PUBLIC_BASE_URL + "/v1/shared/invoices/" + invoiceId + "?");
        assertThat((String) sent.get("body")).contains(summary.get("number").asText()).contains(link);
        String path = link.substring(PUBLIC_BASE_URL.length());
        var shared = anonymous().getBytes(path);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(new String(shared.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(anonymous().getBytes(path.replaceAll("sig=[^&]+", "sig=AAAA")).status()).as("a forged link").isEqualTo(404);
        assertThat(anonymous().getBytes(path.replace(invoiceId, creditedElsewhere(invoiceId))).status())
                .as("the link of one invoice opens no other").isEqualTo(404);
        long expires = Long.parseLong(path.replaceAll(".*expires=(\\d+).*", "$1"));
        assertThat(anonymous().getBytes(path.replace("expires=" + expires, "expires=" + (expires + 1))).status())
                .as("a link whose expiry was moved").isEqualTo(404);
        assertThat(anonymous().getBytes("/v1/invoices/" + invoiceId + "/pdf").status()).as("the portal's print needs a login")
                .isEqualTo(401);
        Eventually.waitUntil("the WhatsApp delivery is recorded as the first print", () -> accesses(invoiceId).size() >= 1);

        JsonNode detail = buyer.get("/v1/invoices/" + invoiceId).data();
        JsonNode document = detail.get("document");
        assertThat(document.get("taxInvoice").asBoolean()).isTrue();
        assertThat(document.get("seller").get("pan").asText()).isEqualTo("301234567");
        assertThat(document.get("lines")).hasSize(2);
        BigDecimal lineSum = BigDecimal.ZERO;
        for (JsonNode line : document.get("lines")) {
            lineSum = lineSum.add(line.get("amount").decimalValue());
            assertThat(line.get("vatClass").asText()).isEqualTo(line.get("sku").asText().startsWith("RICE") ? "EXEMPT" : "STANDARD");
        }
        assertThat(lineSum).as("the lines add up to taxable plus exempt").isEqualByComparingTo(taxable.add(riceGross));
        assertThat(as("+9779841100203").get("/v1/invoices/" + invoiceId).status()).as("another buyer").isEqualTo(404);
        assertThat(as(VENDOR_LTP_PHONE).get("/v1/invoices/" + invoiceId).status()).as("another vendor").isEqualTo(404);
        assertThat(as("+9779841100203").get("/v1/invoices?orderId=" + orderId).data().get("total").asLong()).isZero();

        var first = vendor.getBytes("/v1/invoices/" + invoiceId + "/pdf");
        var second = buyer.getBytes("/v1/invoices/" + invoiceId + "/pdf?lang=ne");
        assertThat(first.status()).isEqualTo(200);
        assertThat(new String(first.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(second.status()).isEqualTo(200);
        Eventually.waitUntil("the view and both prints are recorded", () -> accesses(invoiceId).size() >= 4);
        JsonNode accesses = admin().get("/v1/invoices/" + invoiceId).data().get("accesses");
        assertThat(accesses).as("what the admin's own view found recorded before it").hasSize(4);
        assertThat(accesses.get(0).get("kind").asText()).isEqualTo("PRINT");
        assertThat(accesses.get(0).get("userId").asText()).as("sent by the system").isEqualTo("system");
        assertThat(accesses.get(0).get("copy").asInt()).as("the WhatsApp delivery is the original").isZero();
        assertThat(accesses.get(1).get("kind").asText()).isEqualTo("VIEW");
        assertThat(accesses.get(1).get("userId").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(accesses.get(2).get("kind").asText()).isEqualTo("PRINT");
        assertThat(accesses.get(2).get("userId").asText()).isEqualTo(userId(VENDOR_KTM_PHONE));
        assertThat(accesses.get(2).get("copy").asInt()).as("the vendor's print is copy 1").isEqualTo(1);
        assertThat(accesses.get(3).get("copy").asInt()).as("the buyer's print is copy 2").isEqualTo(2);

        // a return of 2 of the 7 ghee pouches, then a price fix on the rice; more than is left is refused
        var returned = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "2 pouches returned",
                "lines", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 2))));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.data().get("number").asText()).matches("CN-\\Q" + fiscalYear + "\\E-\\d{5}");
        var tooMuch = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "returned",
                "lines", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 6))));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        var notMine = as(VENDOR_LTP_PHONE).post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "x"));
        assertThat(notMine.status()).as(notMine.toString()).isEqualTo(403);
        var rest = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "the order was wrong"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
        var again = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "once more"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        String creditNoteId = returned.data().get("creditNoteId").asText();
        JsonNode creditNote = Eventually.waitFor("the credit note is listed", () -> {
            var reply = vendor.get("/v1/invoices/" + creditNoteId);
            return reply.status() == 200 ? reply.data().get("document") : null;
        });
        assertThat(creditNote.get("kind").asText()).isEqualTo("CREDIT_NOTE");
        assertThat(creditNote.get("creditedInvoiceNumber").asText()).isEqualTo(summary.get("number").asText());
        BigDecimal gheeRate = gheeGross.divide(new BigDecimal(7), 10, RoundingMode.HALF_UP);
        BigDecimal creditedNet = lineAmount(document, "GHEE-DDC-1L").multiply(new BigDecimal(2))
                .divide(new BigDecimal(7), 2, RoundingMode.HALF_UP);
        assertThat(creditNote.get("totals").get("taxable").decimalValue()).isEqualByComparingTo(creditedNet);
        assertThat(creditNote.get("totals").get("vat").decimalValue())
                .isEqualByComparingTo(creditedNet.multiply(new BigDecimal("0.13")).setScale(2, RoundingMode.HALF_UP));
        assertThat(gheeRate).isPositive();

        Eventually.waitUntil("both credit notes are listed", () -> vendor.get("/v1/invoices?kind=CREDIT_NOTE&orderId="
                + orderId).data().get("total").asLong() == 2);
        JsonNode after = admin().get("/v1/invoices/" + invoiceId).data().get("document");
        assertThat(after).as("the invoice as issued, unchanged by its credit notes").isEqualTo(document);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.invoices WHERE order_id = ? AND kind = 'INVOICE'",
                Long.class, orderId)).as("one invoice per order").isEqualTo(1);
    }

    /** Above the threshold, a VAT-registered vendor's tax invoice must name the buyer's PAN: the order waits for one. */
    @Test
    void anOrderAboveTheThresholdNeedsTheBuyersPanFirst() {
        Api buyer = as(LALITPUR_BUYER_WITHOUT_PAN);
        Map<String, Object> large = Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 43)));
        var refused = buyer.post("/v1/orders", large);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("BUYER_PAN_REQUIRED");
        assertThat(refused.body().get("error").get("message").asText()).contains("PAN");
        var small = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(small.status()).as("below the threshold: no PAN needed").isEqualTo(201);
        assertThat(buyer.put("/v1/buyers/me/pan", Map.of("pan", "12345")).status()).as("not a PAN").isEqualTo(400);
        assertThat(buyer.put("/v1/buyers/me/pan", Map.of("pan", "612345678")).status()).isEqualTo(200);
        var placed = buyer.post("/v1/orders", large);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        for (var order : List.of(small, placed)) {
            String orderId = order.data().get("orders").get(0).get("orderId").asText();
            OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
            assertThat(buyer.put("/v1/orders/" + orderId + "/status", Map.of("status", "CANCELLED", "reason", "test done"))
                    .status()).isEqualTo(200);
        }
    }

    /** The accesses recorded so far, read beside the API: reading them there would record a view. */
    private List<Map<String, Object>> accesses(String invoiceId) {
        return jdbc.queryForList("SELECT kind, user_id, copy FROM read_model.invoice_accesses WHERE invoice_id = ?",
                invoiceId);
    }

    /** An invoice id of the same form that names no invoice. */
    private static String creditedElsewhere(String invoiceId) {
        return invoiceId.substring(0, invoiceId.length() - 1) + (invoiceId.endsWith("0") ? "1" : "0");
    }

    private Api admin() {
        return as(ADMIN_PHONE);
    }

    private static JsonNode invoiceOf(Api vendor, String orderId) {
        return Eventually.waitFor("the order's invoice is issued", () -> {
            JsonNode page = vendor.get("/v1/invoices?orderId=" + orderId).data();
            return page.get("total").asLong() == 1 ? page.get("items").get(0) : null;
        });
    }

    private static BigDecimal lineSubtotal(JsonNode order, String sku) {
        for (JsonNode line : order.get("items")) {
            if (line.get("sku").asText().equals(sku)) {
                return line.get("subtotal").decimalValue();
            }
        }
        throw new AssertionError("no line " + sku + " in " + order);
    }

    private static BigDecimal lineAmount(JsonNode document, String sku) {
        for (JsonNode line : document.get("lines")) {
            if (line.get("sku").asText().equals(sku)) {
                return line.get("amount").decimalValue();
            }
        }
        throw new AssertionError("no line " + sku + " in " + document);
    }
}
