package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;

/** A reservation could not be made: not enough available. */
public record StockReservationDeclined(
        StockId stockId,
        ProductId productId,
        OrderId orderId,
        Quantity requested,
        Quantity available) {
}
