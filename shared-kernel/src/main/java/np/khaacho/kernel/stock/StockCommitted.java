package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;

/** The order's reserved goods were dispatched and left the quantity on hand. */
public record StockCommitted(
        StockId stockId,
        ProductId productId,
        OrderId orderId,
        Quantity quantity,
        Quantity onHand,
        Quantity reserved) {
}
