package np.khaacho.query.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice or credit note as lists show it: its number and dates (BS first, AD beside it), the
 * parties, its sums, how often it was printed, for a credit note the invoice it corrects, and how its
 * report to the tax office stands ({@code taxOfficeState} QUEUED, ACCEPTED, RETRYING or REFUSED, with the
 * answer or failure in {@code taxOfficeDetail}; both absent while it is not reported).
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
        int prints,
        String taxOfficeState,
        String taxOfficeDetail) {
}
