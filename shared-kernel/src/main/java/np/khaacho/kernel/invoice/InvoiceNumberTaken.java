package np.khaacho.kernel.invoice;

import np.khaacho.kernel.party.VendorId;

/**
 * A vendor's book of invoices (or of credit notes) for one fiscal year handed out its next number:
 * {@code sequence} counts from 1 with no gap and no repeat; {@code number} is how the document prints it.
 */
public record InvoiceNumberTaken(
        String bookId,
        VendorId vendorId,
        String fiscalYear,
        DocumentKind kind,
        long sequence,
        String number,
        InvoiceId invoiceId) {
}
