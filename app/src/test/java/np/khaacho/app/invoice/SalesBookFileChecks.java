package np.khaacho.app.invoice;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the sales book's CSV and workbook, read back, carry the figures of the book as the API answers it. */
final class SalesBookFileChecks {

    static final List<String> COLUMNS = List.of("Date (BS)", "Date (AD)", "Invoice number", "Buyer's name",
            "Buyer's PAN", "Total sales", "Exempt sales", "Taxable sales", "VAT", "Export sales", "Total with VAT",
            "Document", "Credited invoice");
    private static final List<String> AMOUNTS = List.of("totalSales", "exemptSales", "taxableSales", "vat",
            "exportSales", "totalWithVat");
    private static final int FIRST_AMOUNT = 5;
    private static final Map<String, String> SUMMARY_LABELS = summaryLabels();

    private SalesBookFileChecks() {
    }

    static void csvCarries(List<List<String>> lines, JsonNode book) {
        JsonNode rows = book.get("rows");
        assertThat(lines).as("header, a line per document, totals").hasSize(rows.size() + 2);
        assertThat(lines.get(0)).isEqualTo(COLUMNS);
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = lines.get(i + 1);
            JsonNode row = rows.get(i);
            assertThat(line).hasSize(COLUMNS.size());
            assertThat(line.subList(0, FIRST_AMOUNT)).isEqualTo(List.of(row.get("dateBs").asText(),
                    row.get("dateAd").asText(), row.get("number").asText(), row.get("buyerName").asText(),
                    row.path("buyerPan").asText("")));
            assertCsvAmounts(line, row.get("amounts"));
            assertThat(line.get(12)).isEqualTo(row.path("creditedInvoiceNumber").asText(""));
        }
        List<String> totals = lines.get(lines.size() - 1);
        assertThat(totals.get(0)).isEqualTo("Total");
        assertCsvAmounts(totals, book.get("totals"));
    }

    static void workbookCarries(Map<String, List<List<Object>>> sheets, JsonNode book, JsonNode summary) {
        assertThat(sheets.keySet()).containsExactly("Sales book", "VAT summary");
        List<List<Object>> sheet = sheets.get("Sales book");
        JsonNode rows = book.get("rows");
        assertThat(sheet).as("header, a row per document, totals").hasSize(rows.size() + 2);
        assertThat(sheet.get(0)).isEqualTo(List.copyOf(COLUMNS));
        for (int i = 0; i < rows.size(); i++) {
            List<Object> cells = sheet.get(i + 1);
            JsonNode row = rows.get(i);
            assertThat(cells.subList(0, FIRST_AMOUNT - 1)).isEqualTo(List.of(row.get("dateBs").asText(),
                    LocalDate.parse(row.get("dateAd").asText()), row.get("number").asText(), row.get("buyerName").asText()));
            assertThat(cells.get(FIRST_AMOUNT - 1)).isEqualTo(row.hasNonNull("buyerPan") ? row.get("buyerPan").asText() : null);
            assertCellAmounts(cells, row.get("amounts"));
            if (row.hasNonNull("creditedInvoiceNumber")) {
                assertThat(cells.get(12)).isEqualTo(row.get("creditedInvoiceNumber").asText());
            }
        }
        List<Object> totals = sheet.get(sheet.size() - 1);
        assertThat(totals.get(0)).isEqualTo("Total");
        assertCellAmounts(totals, book.get("totals"));

        Map<String, Object> lines = new LinkedHashMap<>();
        sheets.get("VAT summary").forEach(line -> lines.put((String) line.get(0), line.get(1)));
        SUMMARY_LABELS.forEach((label, field) -> {
            Object cell = lines.get(label);
            JsonNode expected = summary.get(field);
            if (expected.isNumber() && expected.isIntegralNumber()) {
                assertThat(cell).as(label).isEqualTo(expected.asLong());
            } else if (expected.isNumber()) {
                assertThat(cell).as(label).isInstanceOf(BigDecimal.class);
                assertThat((BigDecimal) cell).as(label).isEqualByComparingTo(expected.decimalValue());
            } else {
                assertThat(cell).as(label).isEqualTo(expected.asText());
            }
        });
    }

    private static void assertCsvAmounts(List<String> line, JsonNode amounts) {
        for (int a = 0; a < AMOUNTS.size(); a++) {
            String field = line.get(FIRST_AMOUNT + a);
            assertThat(field).as(AMOUNTS.get(a) + " with two decimals").matches("-?\\d+\\.\\d{2}");
            assertThat(new BigDecimal(field)).as(AMOUNTS.get(a)).isEqualByComparingTo(amounts.get(AMOUNTS.get(a)).decimalValue());
        }
    }

    private static void assertCellAmounts(List<Object> cells, JsonNode amounts) {
        for (int a = 0; a < AMOUNTS.size(); a++) {
            Object cell = cells.get(FIRST_AMOUNT + a);
            assertThat(cell).as(AMOUNTS.get(a) + ": a number shown with two decimals").isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) cell).as(AMOUNTS.get(a)).isEqualByComparingTo(amounts.get(AMOUNTS.get(a)).decimalValue());
        }
    }

    private static Map<String, String> summaryLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Month (BS)", "month");
        labels.put("Invoices", "invoices");
        labels.put("Credit notes", "creditNotes");
        labels.put("Taxable sales", "taxableSales");
        labels.put("VAT on sales", "vatOnSales");
        labels.put("Exempt sales", "exemptSales");
        labels.put("Export sales", "exportSales");
        labels.put("Sales returns: taxable", "returnsTaxable");
        labels.put("Sales returns: VAT", "returnsVat");
        labels.put("Sales returns: exempt", "returnsExempt");
        labels.put("Net taxable sales", "netTaxable");
        labels.put("Net VAT", "netVat");
        labels.put("Net exempt sales", "netExempt");
        return labels;
    }
}
