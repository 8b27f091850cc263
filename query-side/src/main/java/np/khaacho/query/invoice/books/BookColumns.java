package np.khaacho.query.invoice.books;

import java.util.List;
import java.util.stream.Stream;

/** The sales book's columns in the files, in the order of the IRD's sales book (बिक्री खाता), AD date and ours added. */
final class BookColumns {

    static final List<String> LEADING = List.of("Date (BS)", "Date (AD)", "Invoice number", "Buyer's name",
            "Buyer's PAN");
    static final List<String> AMOUNTS = List.of("Total sales", "Exempt sales", "Taxable sales", "VAT",
            "Export sales", "Total with VAT");
    static final List<String> TRAILING = List.of("Document", "Credited invoice");
    static final String TOTAL = "Total";

    private BookColumns() {
    }

    static List<String> all() {
        return Stream.of(LEADING, AMOUNTS, TRAILING).flatMap(List::stream).toList();
    }

    /** How the files name a document's kind: an invoice, or a credit note entered as a sales return. */
    static String kind(SalesBookRow row) {
        return row.isSalesReturn() ? "Sales return (credit note)" : "Invoice";
    }
}
