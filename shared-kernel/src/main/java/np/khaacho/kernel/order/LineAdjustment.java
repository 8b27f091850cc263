package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** A vendor's change to one line: the quantity it can supply (zero drops the line). */
public record LineAdjustment(
        ProductId productId,
        Quantity quantity) {
}
