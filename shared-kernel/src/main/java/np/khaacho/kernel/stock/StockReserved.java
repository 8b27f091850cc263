package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;

/** A quantity was held for an order. */
public record StockReserved(
        StockId stockId,
        ProductId productId,
        OrderId orderId,
        Quantity quantity,
        Quantity onHand,
        Quantity reserved) {
}
