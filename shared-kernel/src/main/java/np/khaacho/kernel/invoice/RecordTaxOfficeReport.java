package np.khaacho.kernel.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records how the report of a document to the tax office stands now, with the tax office's answer or the failure. */
public record RecordTaxOfficeReport(@TargetAggregateIdentifier InvoiceId invoiceId, TaxOfficeState state,
                                    String detail) {
}
