package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;

/** An unconfirmed draft was thrown away. */
public record OrderDraftDiscarded(
        OrderId orderId,
        BuyerId buyerId,
        String messageId,
        String reason) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
