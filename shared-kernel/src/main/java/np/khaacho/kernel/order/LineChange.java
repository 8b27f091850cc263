package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** How one line changed in a partial confirmation. */
public record LineChange(
        ProductId productId,
        String sku,
        String name,
        Quantity previousQuantity,
        Quantity quantity) {
}
