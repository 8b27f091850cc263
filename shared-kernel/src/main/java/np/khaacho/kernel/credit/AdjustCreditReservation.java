package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the amount held for an order (a vendor confirmed part of it); repeating it changes nothing. */
public record AdjustCreditReservation(
        @TargetAggregateIdentifier CreditAccountId accountId,
        OrderId orderId,
        Money amount) {
}
