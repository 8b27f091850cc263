package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** What was held for an order became available again. */
public record CreditReleased(
        CreditAccountId accountId,
        BuyerId buyerId,
        OrderId orderId,
        Money amount,
        String reason,
        Money reserved,
        Money outstanding) {
}
