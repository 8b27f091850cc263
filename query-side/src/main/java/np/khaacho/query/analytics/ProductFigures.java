package np.khaacho.query.analytics;

import np.khaacho.kernel.product.ProductId;

import java.math.BigDecimal;

/** How much of a product the standing orders hold (quantity in its sale unit) and what it brings in. */
public record ProductFigures(ProductId productId, String sku, String name, BigDecimal quantity, BigDecimal revenue) {
}
