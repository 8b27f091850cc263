package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** The payments cover the order's total. */
public record OrderPaid(OrderId orderId, BuyerId buyerId, Money paidAmount) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
