package np.khaacho.query.invoice.books;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.invoice.DocumentKind;

import java.time.LocalDate;

/** One line of the sales book: an invoice, or a credit note as a sales return with negative amounts; BS date, then AD. */
public record SalesBookRow(
        String dateBs,
        LocalDate dateAd,
        String number,
        DocumentKind kind,
        String buyerName,
        String buyerPan,
        SalesAmounts amounts,
        String creditedInvoiceNumber,
        String invoiceId) {

    static SalesBookRow of(BookEntry entry) {
        return new SalesBookRow(BsDate.fromGregorian(entry.issuedOn()).toString(),
                entry.issuedOn(), entry.number(), entry.kind(), entry.buyerName(), entry.buyerPan(),
                SalesAmounts.of(entry), entry.creditedInvoiceNumber(), entry.invoiceId());
    }

    boolean isSalesReturn() {
        return kind == DocumentKind.CREDIT_NOTE;
    }
}
