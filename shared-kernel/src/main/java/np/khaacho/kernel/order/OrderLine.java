package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.pricing.PricedBy;
import np.khaacho.kernel.product.ProductId;

/**
 * A placed line with a snapshot of the product as it was sold: SKU, name, unit and unit price, and the
 * price list and tier that gave the price ({@code pricedBy}; none: the catalog price).
 */
public record OrderLine(
        ProductId productId,
        String sku,
        String name,
        String unit,
        Quantity quantity,
        Money unitPrice,
        Money subtotal,
        @JsonInclude(JsonInclude.Include.NON_NULL) PricedBy pricedBy) {

    /** A line at the catalog price. */
    public OrderLine(ProductId productId, String sku, String name, String unit, Quantity quantity, Money unitPrice,
                     Money subtotal) {
        this(productId, sku, name, unit, quantity, unitPrice, subtotal, null);
    }
}
