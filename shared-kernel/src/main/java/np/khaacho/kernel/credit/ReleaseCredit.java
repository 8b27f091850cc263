package np.khaacho.kernel.credit;

import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back what was held for an order; nothing happens if nothing is held. */
public record ReleaseCredit(
        @TargetAggregateIdentifier CreditAccountId accountId,
        OrderId orderId,
        String reason) {
}
