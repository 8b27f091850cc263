package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Holds an order's total against the limit; repeating it for the same order changes nothing. */
public record ReserveCredit(
        @TargetAggregateIdentifier CreditAccountId accountId,
        OrderId orderId,
        Money amount) {
}
