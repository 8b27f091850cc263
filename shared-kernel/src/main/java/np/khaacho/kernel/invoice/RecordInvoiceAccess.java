package np.khaacho.kernel.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an invoice was viewed, printed, exported or sent again; the actor travels as metadata. */
public record RecordInvoiceAccess(@TargetAggregateIdentifier InvoiceId invoiceId, AccessKind kind) {
}
