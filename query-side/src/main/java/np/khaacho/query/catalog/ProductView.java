package np.khaacho.query.catalog;

import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;

import java.math.BigDecimal;
import java.util.List;

/** A product as the catalog shows it: listing, vendor, price and current stock. */
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
        Stock stock) {

    /** Quantities in the product's sale unit; available is what new orders can still reserve. */
    public record Stock(BigDecimal onHand, BigDecimal reserved, BigDecimal available) {
    }
}
