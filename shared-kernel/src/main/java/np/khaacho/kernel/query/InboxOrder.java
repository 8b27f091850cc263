package np.khaacho.kernel.query;

import np.khaacho.kernel.common.Money;

import java.time.Instant;
import java.util.List;

/** An order waiting for the vendor's answer, and how many seconds were left to answer when it was read. */
public record InboxOrder(
        String orderId,
        String orderNumber,
        String buyerId,
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
