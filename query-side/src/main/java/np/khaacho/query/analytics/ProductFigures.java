package np.khaacho.query.analytics;

import java.math.BigDecimal;

/** How much of a product the standing orders hold (quantity in its sale unit) and what it brings in. */
public record ProductFigures(String productId, String sku, String name, BigDecimal quantity, BigDecimal revenue) {
}
