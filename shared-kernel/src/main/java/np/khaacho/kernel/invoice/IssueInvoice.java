package np.khaacho.kernel.invoice;

import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues the vendor's invoice for an order, numbered in the vendor's book of the fiscal year; once per order. */
public record IssueInvoice(@TargetAggregateIdentifier InvoiceId invoiceId, OrderId orderId) {

    public static IssueInvoice forOrder(OrderId orderId) {
        return new IssueInvoice(invoiceOf(orderId), orderId);
    }

    public static InvoiceId invoiceOf(OrderId orderId) {
        return InvoiceId.derivedFrom("invoice:" + orderId.value());
    }
}
