package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** Goods were added to the quantity on hand. */
public record StockReceived(
        StockId stockId,
        ProductId productId,
        Quantity quantity,
        String reference,
        Quantity onHand,
        Quantity reserved) {
}
