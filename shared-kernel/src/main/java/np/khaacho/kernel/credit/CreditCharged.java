package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** An order's amount became outstanding; its reservation was used up. */
public record CreditCharged(
        CreditAccountId accountId,
        BuyerId buyerId,
        OrderId orderId,
        Money amount,
        Money releasedReservation,
        Money reserved,
        Money outstanding) {
}
