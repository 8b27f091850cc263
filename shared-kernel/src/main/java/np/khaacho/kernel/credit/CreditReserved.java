package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** An order's total is held against the limit. */
public record CreditReserved(
        CreditAccountId accountId,
        BuyerId buyerId,
        OrderId orderId,
        Money amount,
        Money reserved,
        Money outstanding) {
}
