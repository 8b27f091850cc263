package np.khaacho.query.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.product.ProductId;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as the catalog shows it: listing, vendor, price and current stock; to a buyer whose vendor's
 * price lists price it, the buyer's own price, quantity by quantity.
 */
public record ProductView(
        ProductId id,
        VendorId vendorId,
        String vendorName,
        String sku,
        String name,
        String nameNe,
        List<String> aliases,
        String category,
        String unit,
        String packSize,
        BigDecimal price,
        BigDecimal minOrderQuantity,
        String status,
        Stock stock,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ListedPrice.Step> yourPrices) {

    /** A buyer's own prices from its vendor's price lists: {@code price} is what it pays for the least it may order. */
    ProductView withPrices(List<ListedPrice.Step> steps) {
        return new ProductView(id, vendorId, vendorName, sku, name, nameNe, aliases, category, unit, packSize,
                steps.get(0).price().amount(), minOrderQuantity, status, stock, steps);
    }

    /** Quantities in the product's sale unit; available is what new orders can still reserve. */
    public record Stock(BigDecimal onHand, BigDecimal reserved, BigDecimal available) {
    }
}
