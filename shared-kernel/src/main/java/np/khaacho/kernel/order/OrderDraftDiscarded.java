package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;

/** An unconfirmed draft was thrown away. */
public record OrderDraftDiscarded(
        OrderId orderId,
        BuyerId buyerId,
        String messageId,
        String reason) {
}
