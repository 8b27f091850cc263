package np.khaacho.kernel.invoice;

/**
 * The report of an invoice or credit note to the tax office changed state: {@code detail} is the tax
 * office's answer or the failure that caused the change (null while queued).
 */
public record InvoiceReportedToTaxOffice(InvoiceId invoiceId, TaxOfficeState state, String detail) {
}
