package np.khaacho.query.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A product as the catalog view ({@code read_model.catalog}) shows it: listing, vendor name and
 * stock, and the text it is searched by. Read-only: the catalog projection writes the tables under it.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "catalog")
class CatalogRow {

    @Id
    @Column(name = "product_id")
    private ProductId id;
    private VendorId vendorId;
    private String vendorName;
    private String sku;
    private String name;
    private String nameNe;
    private String[] aliases;
    private String category;
    private String unit;
    private String packSize;
    private BigDecimal price;
    @Column(name = "min_order_qty")
    private BigDecimal minOrderQuantity;
    @Enumerated(EnumType.STRING)
    private ProductStatus status;
    private BigDecimal onHand;
    private BigDecimal reserved;
    private BigDecimal available;
    // only searched by, never shown
    private String searchText;
    @Column(columnDefinition = "tsvector")
    private String searchVector;

    protected CatalogRow() {
        // for Hibernate
    }

    ProductView view() {
        return new ProductView(id, vendorId, vendorName, sku, name, nameNe,
                aliases == null ? List.of() : Arrays.asList(aliases), category, unit, packSize, price,
                shown(minOrderQuantity), status.name(),
                new ProductView.Stock(shown(onHand), shown(reserved), shown(available)), List.of());
    }

    /** 420 rather than 420.000: quantities are shown as the events carry them. */
    private static BigDecimal shown(BigDecimal quantity) {
        BigDecimal value = quantity.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
