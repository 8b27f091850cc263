package np.khaacho.kernel.invoice;

import java.util.List;

/** Part or all of an invoice was credited by a credit note: the lines it credited, before VAT. */
public record InvoiceCredited(InvoiceId invoiceId, InvoiceId creditNoteId, List<InvoiceLine> lines) {
}
