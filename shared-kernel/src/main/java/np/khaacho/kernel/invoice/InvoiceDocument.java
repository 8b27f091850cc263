package np.khaacho.kernel.invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a printed invoice or credit note shows, as issued. {@code taxInvoice} is true when the
 * seller is registered for VAT (the heading then reads "Tax invoice"). {@code issuedOn} is the date in
 * Nepal (AD); the document shows it in Bikram Sambat first. {@code creditedInvoiceNumber} and
 * {@code reason} are set on a credit note only. {@code copy} is 0 on the first print and n on the n-th
 * reprint, which then reads "Copy of original (n)".
 */
public record InvoiceDocument(
        DocumentKind kind,
        boolean taxInvoice,
        String number,
        String fiscalYear,
        LocalDate issuedOn,
        String orderNumber,
        TaxParty seller,
        TaxParty buyer,
        List<InvoiceLine> lines,
        InvoiceTotals totals,
        String paymentTerms,
        String creditedInvoiceNumber,
        String reason,
        int copy) {
}
