package np.khaacho.app.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VAT-registered vendor's sales book of the month: the same from the invoices projection and from
 * the stored events, before and after the projection is replayed; the test's invoice and its credit
 * note in it with the amounts the invoice API shows; totals, VAT summary, CSV and workbook agreeing.
 */
class SalesBookTest extends IntegrationTest {

    private static final String BOOKS = "/v1/invoices/books/";
    private static final List<String> AMOUNTS = List.of("totalSales", "exemptSales", "taxableSales", "vat",
            "exportSales", "totalWithVat");

    @Test
    void theMonthsBookFromTheProjectionIsTheBookRebuiltFromTheEvents() throws IOException {
        Api buyer = as(BUYER_KTM_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        Api auditor = as(AUDITOR_PHONE);
        String vendorId = userId(VENDOR_KTM_PHONE);
        String orderId = deliveredOrder(buyer, vendor);
        JsonNode invoice = listed(vendor, "INVOICE", orderId);
        String invoiceId = invoice.get("invoiceId").asText();
        var returned = vendor.post("/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "1 pouch returned",
                "lines", List.of(Map.of("sku", "GHEE-DDC-1L", "quantity", 1))));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        JsonNode creditNote = listed(vendor, "CREDIT_NOTE", orderId);
        String month = invoice.get("issuedOnBs").asText().substring(0, 7);
        String query = "vendorId=" + vendorId + "&month=" + month;
        // past midnight in Nepal at a month's end, the credit note falls in the next month's book
        String returnMonth = creditNote.get("issuedOnBs").asText().substring(0, 7);
        String returnQuery = "vendorId=" + vendorId + "&month=" + returnMonth;

        JsonNode book = agreedBook(auditor, query);
        JsonNode returnBook = returnMonth.equals(month) ? book : agreedBook(auditor, returnQuery);
        assertThat(auditor.get(BOOKS + "sales/comparison?" + query).data().get("differences")).isEmpty();
        assertThat(figures(vendor.get(BOOKS + "sales?month=" + month).data())).as("the vendor's own book")
                .isEqualTo(figures(book));

        JsonNode invoiceRow = row(book, invoiceId);
        assertDocument(invoiceRow, invoice, BigDecimal.ONE);
        assertThat(invoiceRow.get("kind").asText()).isEqualTo("INVOICE");
        JsonNode returnRow = row(returnBook, creditNote.get("invoiceId").asText());
        assertDocument(returnRow, creditNote, BigDecimal.ONE.negate());
        assertThat(returnRow.get("kind").asText()).isEqualTo("CREDIT_NOTE");
        assertThat(returnRow.get("creditedInvoiceNumber").asText()).isEqualTo(invoice.get("number").asText());
        assertThat(returnRow.get("amounts").get("exemptSales").decimalValue()).isZero();
        for (String amount : AMOUNTS) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : book.get("rows")) {
                sum = sum.add(row.get("amounts").get(amount).decimalValue());
            }
            assertThat(book.get("totals").get(amount).decimalValue()).as("the total of " + amount).isEqualByComparingTo(sum);
        }
        assertSummaryMatches(auditor.get(BOOKS + "vat-summary?" + query + "&source=replay").data(), book);
        assertSummaryMatches(auditor.get(BOOKS + "vat-summary?" + query).data(), book);

        var csv = auditor.getBytes(BOOKS + "sales?" + query + "&format=csv&source=replay");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("sales-book-" + vendorId + "-" + month + ".csv");
        SalesBookFileChecks.csvCarries(SalesBookFiles.csv(csv.body()), book);
        var xlsx = auditor.getBytes(BOOKS + "sales?" + query + "&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("sales-book-" + vendorId + "-" + month + ".xlsx");
        assertThat(SalesBookFiles.headerIsBold(xlsx.body(), "Sales book")).isTrue();
        SalesBookFileChecks.workbookCarries(SalesBookFiles.workbook(xlsx.body()), book,
                auditor.get(BOOKS + "vat-summary?" + query).data());

        replayTheInvoicesProjection();
        JsonNode replayed = agreedBook(auditor, query);
        for (JsonNode before : book.get("rows")) {
            assertThat(row(replayed, before.get("invoiceId").asText())).as("after the replay").isEqualTo(before);
        }
        JsonNode replayedReturns = returnMonth.equals(month) ? replayed : agreedBook(auditor, returnQuery);
        assertThat(row(replayedReturns, creditNote.get("invoiceId").asText())).as("the credit note after the replay")
                .isEqualTo(returnRow);
    }

    @Test
    void badMonthsAndOtherPeoplesBooksAreRefused() {
        Api admin = as(ADMIN_PHONE);
        String vendorId = userId(VENDOR_KTM_PHONE);
        for (String month : List.of("2082-13", "2082-00", "1999-12", "2101-01", "2082-8", "Mangsir", "2082-08-01", "")) {
            for (String path : List.of("sales?format=csv&", "sales?source=replay&", "vat-summary?", "sales/comparison?")) {
                var refused = admin.get(BOOKS + path + "vendorId=" + vendorId + "&month=" + month);
                assertThat(refused.status()).as(path + month + ": " + refused).isEqualTo(400);
                assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
                assertThat(refused.body().get("success").asBoolean()).isFalse();
            }
        }
        String month = "2082-08";
        assertThat(admin.get(BOOKS + "sales?month=" + month).status()).as("staff name the vendor").isEqualTo(400);
        assertThat(admin.get(BOOKS + "sales?vendorId=buyer-1&month=" + month).status()).isEqualTo(400);
        assertThat(admin.get(BOOKS + "sales?vendorId=" + vendorId + "&month=" + month + "&format=pdf").status())
                .isEqualTo(400);
        assertThat(admin.get(BOOKS + "sales?vendorId=" + vendorId + "&month=" + month + "&source=cache").status())
                .isEqualTo(400);
        assertThat(as(BUYER_KTM_PHONE).get(BOOKS + "sales?vendorId=" + vendorId + "&month=" + month).status())
                .isEqualTo(403);
        assertThat(as(VENDOR_LTP_PHONE).get(BOOKS + "vat-summary?vendorId=" + vendorId + "&month=" + month).status())
                .as("another vendor's summary").isEqualTo(403);
        assertThat(anonymous().get(BOOKS + "sales?vendorId=" + vendorId + "&month=" + month).status()).isEqualTo(401);
    }

    private static String deliveredOrder(Api buyer, Api vendor) {
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(
                Map.of("sku", "RICE-JEERA-25KG", "quantity", 1),
                Map.of("sku", "GHEE-DDC-1L", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);
        return orderId;
    }

    private static JsonNode listed(Api vendor, String kind, String orderId) {
        return Eventually.waitFor("the order's " + kind + " is listed", () -> {
            JsonNode page = vendor.get("/v1/invoices?kind=" + kind + "&orderId=" + orderId).data();
            return page.get("total").asLong() == 1 ? page.get("items").get(0) : null;
        });
    }

    /** The book once the projection's and the replayed one have the same rows and totals (the projection catches up). */
    private static JsonNode agreedBook(Api auditor, String query) {
        try {
            return Eventually.waitFor("the projection's book equals the book rebuilt from the events", () -> {
                JsonNode projected = auditor.get(BOOKS + "sales?" + query + "&source=projection").data();
                JsonNode replayed = auditor.get(BOOKS + "sales?" + query + "&source=replay").data();
                assertThat(projected.get("source").asText()).isEqualTo("projection");
                assertThat(replayed.get("source").asText()).isEqualTo("replay");
                return figures(projected).equals(figures(replayed)) ? projected : null;
            });
        } catch (AssertionError differ) {
            throw new AssertionError(differ.getMessage() + "; the differences: "
                    + auditor.get(BOOKS + "sales/comparison?" + query).data().get("differences"), differ);
        }
    }

    private static List<JsonNode> figures(JsonNode book) {
        return List.of(book.get("rows"), book.get("totals"));
    }

    private static JsonNode row(JsonNode book, String invoiceId) {
        List<JsonNode> found = new ArrayList<>();
        book.get("rows").forEach(row -> {
            if (row.get("invoiceId").asText().equals(invoiceId)) {
                found.add(row);
            }
        });
        assertThat(found).as("the book's rows of " + invoiceId).hasSize(1);
        return found.get(0);
    }

    /** The row shows the document as the invoice API does, its amounts times the sign (a sales return is negative). */
    private static void assertDocument(JsonNode row, JsonNode listed, BigDecimal sign) {
        assertThat(row.get("number").asText()).isEqualTo(listed.get("number").asText());
        assertThat(row.get("dateBs").asText()).isEqualTo(listed.get("issuedOnBs").asText());
        assertThat(LocalDate.parse(row.get("dateAd").asText())).isEqualTo(LocalDate.parse(listed.get("issuedOn").asText()));
        assertThat(row.get("buyerName").asText()).isEqualTo(listed.get("buyerName").asText());
        assertThat(row.get("buyerPan").asText()).isEqualTo(listed.get("buyerPan").asText());
        JsonNode amounts = row.get("amounts");
        BigDecimal taxable = listed.get("taxableAmount").decimalValue();
        BigDecimal exempt = listed.get("exemptAmount").decimalValue();
        assertThat(amounts.get("taxableSales").decimalValue()).isEqualByComparingTo(taxable.multiply(sign));
        assertThat(amounts.get("exemptSales").decimalValue()).isEqualByComparingTo(exempt.multiply(sign));
        assertThat(amounts.get("vat").decimalValue()).isEqualByComparingTo(listed.get("vatAmount").decimalValue().multiply(sign));
        assertThat(amounts.get("totalSales").decimalValue()).isEqualByComparingTo(taxable.add(exempt).multiply(sign));
        assertThat(amounts.get("exportSales").decimalValue()).isZero();
        assertThat(amounts.get("totalWithVat").decimalValue())
                .isEqualByComparingTo(listed.get("totalAmount").decimalValue().multiply(sign));
        assertThat(taxable.signum()).as("a standard-rated line").isPositive();
    }

    private static void assertSummaryMatches(JsonNode summary, JsonNode book) {
        JsonNode totals = book.get("totals");
        assertThat(summary.get("netTaxable").decimalValue()).isEqualByComparingTo(totals.get("taxableSales").decimalValue());
        assertThat(summary.get("netVat").decimalValue()).isEqualByComparingTo(totals.get("vat").decimalValue());
        assertThat(summary.get("netExempt").decimalValue()).isEqualByComparingTo(totals.get("exemptSales").decimalValue());
        BigDecimal salesTaxable = BigDecimal.ZERO;
        BigDecimal returnsVat = BigDecimal.ZERO;
        int invoices = 0;
        int creditNotes = 0;
        for (JsonNode row : book.get("rows")) {
            if (row.get("kind").asText().equals("INVOICE")) {
                salesTaxable = salesTaxable.add(row.get("amounts").get("taxableSales").decimalValue());
                invoices++;
            } else {
                returnsVat = returnsVat.subtract(row.get("amounts").get("vat").decimalValue());
                creditNotes++;
            }
        }
        assertThat(summary.get("taxableSales").decimalValue()).isEqualByComparingTo(salesTaxable);
        assertThat(summary.get("returnsVat").decimalValue()).isEqualByComparingTo(returnsVat);
        assertThat(summary.get("invoices").asInt()).isEqualTo(invoices);
        assertThat(summary.get("creditNotes").asInt()).isEqualTo(creditNotes).isPositive();
        assertThat(summary.get("vatOnSales").decimalValue().subtract(summary.get("returnsVat").decimalValue()))
                .isEqualByComparingTo(summary.get("netVat").decimalValue());
    }

    /** Replays the invoices projection as an admin and waits until the replay has reached the head it started from. */
    private void replayTheInvoicesProjection() {
        Api admin = as(ADMIN_PHONE);
        var replay = admin.post("/v1/admin/projections/invoices-projection/replay", Map.of());
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        Eventually.waitUntil("the invoices projection's replay is finished", Duration.ofSeconds(120), () -> admin
                .get("/v1/admin/projections/invoices-projection").data().path("replay").has("finishedAt"));
    }
}
