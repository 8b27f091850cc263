package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** A repayment reduced what the buyer owes. */
public record CreditRepaid(
        CreditAccountId accountId,
        BuyerId buyerId,
        String paymentId,
        OrderId orderId,
        Money amount,
        Money reserved,
        Money outstanding) {
}
