package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** The quantity on hand was corrected. */
public record StockAdjusted(
        StockId stockId,
        ProductId productId,
        Quantity delta,
        String reason,
        Quantity onHand,
        Quantity reserved) {
}
