package np.khaacho.command.product;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.MultipleRounding;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds products of the write side by id or SKU: owner checks, SKU checks, turning SKUs into lines. */
@Component
public class ProductDirectory {

    private static final String SELECT = "SELECT id, vendor_id, sku, price, status, order_multiple, multiple_rounding"
            + " FROM write_model.products ";
    private static final RowMapper<ProductRef> MAPPER = (rs, i) -> new ProductRef(ProductId.of(rs.getString("id")),
            VendorId.of(rs.getString("vendor_id")), rs.getString("sku"), Money.of(rs.getBigDecimal("price")),
            ProductStatus.valueOf(rs.getString("status")), rs.getBigDecimal("order_multiple"),
            rs.getString("multiple_rounding") == null ? null : MultipleRounding.valueOf(rs.getString("multiple_rounding")));

    private final JdbcTemplate jdbc;

    public ProductDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProductRef> byId(ProductId productId) {
        return jdbc.query(SELECT + "WHERE id = ?", MAPPER, productId.value()).stream().findFirst();
    }

    public Optional<ProductRef> bySku(String sku) {
        return jdbc.query(SELECT + "WHERE sku = ?", MAPPER, sku).stream().findFirst();
    }

    public List<ProductRef> bySkus(Collection<String> skus) {
        return jdbc.query(SELECT + "WHERE sku = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", skus.toArray())), MAPPER);
    }

    /**
     * The products of these SKUs, by SKU; a SKU the catalog does not know is refused with the given
     * code, every unknown one named.
     */
    public Map<String, ProductRef> requireSkus(Collection<String> skus, ErrorCode refusal, String message) {
        Map<String, ProductRef> bySku = bySkus(skus).stream()
                .collect(Collectors.toMap(ProductRef::sku, Function.identity()));
        List<String> unknown = skus.stream().filter(sku -> !bySku.containsKey(sku)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(refusal, message, unknown.stream().map(sku -> "unknown SKU: " + sku).toList());
        }
        return bySku;
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM write_model.products LIMIT 1) p",
                Integer.class);
        return count == null || count == 0;
    }

    /** What the command API needs to know of a product. */
    public record ProductRef(ProductId productId, VendorId vendorId, String sku, Money price, ProductStatus status,
                             BigDecimal orderMultiple, MultipleRounding multipleRounding) {

        public ProductRef(ProductId productId, VendorId vendorId, String sku, Money price, ProductStatus status) {
            this(productId, vendorId, sku, price, status, null, null);
        }
    }
}
