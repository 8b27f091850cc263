package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;

/** The quantity held for an order changed. */
public record StockReservationAdjusted(
        StockId stockId,
        ProductId productId,
        OrderId orderId,
        Quantity previousQuantity,
        Quantity quantity,
        Quantity onHand,
        Quantity reserved) {
}
