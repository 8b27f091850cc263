package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order was delivered: its reservation becomes an amount owed. */
public record ChargeCredit(
        @TargetAggregateIdentifier CreditAccountId accountId,
        OrderId orderId,
        Money amount) {
}
