package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.TaxOfficeState;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A document's report as the relay claimed it: what CBMS is told, how it stands, the state last recorded
 * on the invoice, failures in a row, and whether it is due to be sent now.
 */
record QueuedReport(String invoiceId, DocumentKind kind, String creditedInvoiceId, String sellerPan, String buyerPan,
                    String buyerName, String fiscalYear, String number, String date, String creditedNumber,
                    String reason, BigDecimal taxable, BigDecimal exempt, BigDecimal vat, BigDecimal total,
                    Instant issuedAt, TaxOfficeState state, String detail, TaxOfficeState recordedState,
                    int failures, boolean due) {

    boolean creditNote() {
        return kind == DocumentKind.CREDIT_NOTE;
    }
}
