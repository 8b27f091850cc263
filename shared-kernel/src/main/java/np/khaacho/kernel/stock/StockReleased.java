package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;

/** What was held for an order became available again. */
public record StockReleased(
        StockId stockId,
        ProductId productId,
        OrderId orderId,
        Quantity quantity,
        String reason,
        Quantity onHand,
        Quantity reserved) {
}
