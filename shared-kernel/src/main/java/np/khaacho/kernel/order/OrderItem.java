package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** A line as the buyer asks for it: which product and how much. */
public record OrderItem(ProductId productId, Quantity quantity) {
}
