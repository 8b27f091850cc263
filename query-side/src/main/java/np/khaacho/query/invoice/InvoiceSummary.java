package np.khaacho.query.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice or credit note as lists show it: its number and dates (BS first, AD beside it), the
 * parties, its sums, how often it was printed, and, for a credit note, the invoice it corrects.
 */
public record InvoiceSummary(
        String invoiceId,
        String kind,
        String number,
        String fiscalYear,
        String issuedOnBs,
        LocalDate issuedOn,
        Instant issuedAt,
        String orderId,
        String orderNumber,
        String vendorId,
        String buyerId,
        String buyerName,
        String buyerPan,
        String creditedInvoiceId,
        BigDecimal taxableAmount,
        BigDecimal exemptAmount,
        BigDecimal vatAmount,
        BigDecimal totalAmount,
        int prints) {
}
