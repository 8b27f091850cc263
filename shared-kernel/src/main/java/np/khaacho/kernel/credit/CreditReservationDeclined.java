package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** An order's total could not be held: the reason says why. */
public record CreditReservationDeclined(
        CreditAccountId accountId,
        BuyerId buyerId,
        OrderId orderId,
        Money requested,
        Money available,
        String reason) {
}
