package np.khaacho.query.invoice.books;

import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceTotals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One issued invoice or credit note as a book reads it from either source, its sums as printed (positive). */
record BookEntry(
        String invoiceId,
        DocumentKind kind,
        String number,
        LocalDate issuedOn,
        String buyerName,
        String buyerPan,
        BigDecimal taxable,
        BigDecimal exempt,
        BigDecimal vat,
        BigDecimal total,
        String creditedInvoiceNumber) {

    static BookEntry of(String invoiceId, InvoiceDocument document) {
        InvoiceTotals totals = document.totals();
        return new BookEntry(invoiceId, document.kind(), document.number(), document.issuedOn(),
                document.buyer().name(), document.buyer().pan(), totals.taxable().amount(), totals.exempt().amount(),
                totals.vat().amount(), totals.total().amount(), document.creditedInvoiceNumber());
    }

    boolean isCreditNote() {
        return kind == DocumentKind.CREDIT_NOTE;
    }
}
