package np.khaacho.query.invoice.books;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A vendor's sales book of a BS month: invoices, then credit notes as sales returns, by number; totals are the net. */
public record SalesBook(
        String vendorId,
        String month,
        LocalDate from,
        LocalDate to,
        BookSource source,
        List<SalesBookRow> rows,
        SalesAmounts totals) {

    /** Invoices before credit notes; within a kind, a shorter number before a longer, then as text. */
    static final Comparator<BookEntry> NUMBER_ORDER = Comparator.comparing(BookEntry::kind)
            .thenComparingInt(entry -> entry.number().length())
            .thenComparing(BookEntry::number);

    static SalesBook of(String vendorId, BookMonth month, BookSource source, List<BookEntry> entries) {
        List<SalesBookRow> rows = entries.stream()
                .filter(entry -> month.contains(entry.issuedOn()))
                .sorted(NUMBER_ORDER)
                .map(SalesBookRow::of)
                .toList();
        SalesAmounts totals = rows.stream().map(SalesBookRow::amounts).reduce(SalesAmounts.ZERO, SalesAmounts::plus);
        return new SalesBook(vendorId, month.toString(), month.from(), month.to(), source, rows, totals);
    }

    /** The file name of this book in the given extension: {@code sales-book-<vendor>-2082-08.csv}. */
    String fileName(String extension) {
        return "sales-book-" + vendorId + "-" + month + "." + extension;
    }
}
