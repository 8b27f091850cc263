package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** The amount held for an order changed. */
public record CreditReservationAdjusted(
        CreditAccountId accountId,
        BuyerId buyerId,
        OrderId orderId,
        Money previousAmount,
        Money amount,
        Money reserved,
        Money outstanding) {
}
