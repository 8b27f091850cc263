package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;

/** The order was called off. */
public record OrderCancelled(
        OrderId orderId,
        BuyerId buyerId,
        CancelledBy cancelledBy,
        String reason,
        OrderStatus previousStatus) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
