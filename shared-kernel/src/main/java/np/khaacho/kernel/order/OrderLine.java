package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** A placed line with a snapshot of the product as it was sold: SKU, name, unit and unit price. */
public record OrderLine(
        ProductId productId,
        String sku,
        String name,
        String unit,
        Quantity quantity,
        Money unitPrice,
        Money subtotal) {
}
