package np.khaacho.query.invoice.books;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sales book as UTF-8 CSV (RFC 4180): header, a line per document, totals; amounts with two decimals, no formulas. */
final class SalesBookCsv {

    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SalesBookCsv() {
    }

    static byte[] write(SalesBook book) {
        StringBuilder out = new StringBuilder();
        line(out, BookColumns.all().stream().map(SalesBookCsv::text).toList());
        for (SalesBookRow row : book.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(text(row.dateBs()));
            fields.add(row.dateAd().toString());
            fields.add(text(row.number()));
            fields.add(text(row.buyerName()));
            fields.add(text(row.buyerPan()));
            row.amounts().columns().forEach(amount -> fields.add(amount(amount)));
            fields.add(text(BookColumns.kind(row)));
            fields.add(text(row.creditedInvoiceNumber()));
            line(out, fields);
        }
        List<String> totals = new ArrayList<>(List.of(BookColumns.TOTAL, "", "", "", ""));
        book.totals().columns().forEach(amount -> totals.add(amount(amount)));
        totals.addAll(List.of("", ""));
        line(out, totals);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String amount(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append(LINE_END);
    }

    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String field = !raw.isEmpty() && FORMULA_STARTS.indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
