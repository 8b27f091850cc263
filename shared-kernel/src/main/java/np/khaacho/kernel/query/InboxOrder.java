package np.khaacho.kernel.query;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

import java.time.Instant;
import java.util.List;

/** An order waiting for the vendor's answer, and how many seconds were left to answer when it was read. */
public record InboxOrder(
        OrderId orderId,
        String orderNumber,
        BuyerId buyerId,
        String buyerName,
        List<OrderView.Item> items,
        Money totalAmount,
        String deliveryAddress,
        Instant createdAt,
        Instant respondBy,
        long secondsLeft) {

    public InboxOrder {
        items = List.copyOf(items);
    }
}
