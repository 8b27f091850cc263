package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer paid back some of what is owed on an order; keyed by payment id. */
public record RecordRepayment(
        @TargetAggregateIdentifier CreditAccountId accountId,
        String paymentId,
        OrderId orderId,
        Money amount) {
}
