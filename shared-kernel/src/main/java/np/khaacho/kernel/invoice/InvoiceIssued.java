package np.khaacho.kernel.invoice;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.Instant;

/**
 * An invoice or a credit note was issued, with everything it shows ({@code document}, whose copy
 * number is 0). Nothing of it changes afterwards: a correction is a credit note of its own.
 * {@code creditedInvoiceId} is set on a credit note only.
 */
public record InvoiceIssued(
        InvoiceId invoiceId,
        OrderId orderId,
        VendorId vendorId,
        BuyerId buyerId,
        InvoiceId creditedInvoiceId,
        Instant issuedAt,
        InvoiceDocument document) {
}
