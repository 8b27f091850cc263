package np.khaacho.kernel.invoice;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Corrects an issued invoice with a credit note: for the whole invoice when {@code lines} is empty (an
 * order cancelled after invoicing), or for the given quantities and amounts of its lines (a return, a
 * short delivery, a price fixed). Numbered in the vendor's own sequence of credit notes.
 */
public record IssueCreditNote(
        @TargetAggregateIdentifier InvoiceId creditNoteId,
        InvoiceId invoiceId,
        String reason,
        List<CreditedLine> lines) {

    /** The credit note that cancels an invoice whole, derived from the invoice so it is issued once. */
    public static IssueCreditNote cancelling(InvoiceId invoiceId, String reason) {
        return new IssueCreditNote(InvoiceId.derivedFrom("credit-note:cancel:" + invoiceId.value()), invoiceId, reason,
                List.of());
    }

    /** How much of one invoice line is credited: its SKU, and a quantity and amount (before VAT) within the line's. */
    public record CreditedLine(String sku, Quantity quantity, Money amount) {
    }
}
