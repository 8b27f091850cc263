package np.khaacho.command.product;

import np.khaacho.command.WriteLookups;
import np.khaacho.command.parsing.JdbcParsingCatalog;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.product.ProductStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps the write side's product table: SKU uniqueness, owner, the terms an order snapshots, and
 * the names, aliases and pack size the order parsers match against. Every change takes a fresh
 * {@code change_seq}, so parsers built from the catalog know to rebuild.
 */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class ProductLookupProjector {

    private final JdbcTemplate jdbc;
    private final JdbcParsingCatalog parsingCatalog;

    ProductLookupProjector(JdbcTemplate jdbc, JdbcParsingCatalog parsingCatalog) {
        this.jdbc = jdbc;
        this.parsingCatalog = parsingCatalog;
    }

    @EventHandler
    void on(ProductListed event) {
        ProductDetails details = event.details();
        jdbc.update("""
                INSERT INTO write_model.products (id, vendor_id, sku, name, unit, price, min_order_qty, status,
                                                  name_ne, aliases, category, pack_size, vat_class, order_multiple,
                                                  multiple_rounding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, event.productId().value());
            ps.setString(2, event.vendorId().value());
            ps.setString(3, event.sku());
            ps.setString(4, details.name());
            ps.setString(5, details.unit());
            ps.setBigDecimal(6, event.price().amount());
            ps.setBigDecimal(7, event.minOrderQuantity().value());
            ps.setString(8, ProductStatus.ACTIVE.name());
            ps.setString(9, details.nameNe());
            ps.setArray(10, aliases(ps.getConnection(), details.aliases()));
            ps.setString(11, details.category());
            ps.setString(12, details.packSize());
            ps.setString(13, details.vatClass().name());
            ps.setBigDecimal(14, details.orderMultiple());
            ps.setString(15, details.multipleRounding() == null ? null : details.multipleRounding().name());
        });
        parsingCatalog.changed();
    }

    @EventHandler
    void on(ProductDetailsUpdated event) {
        ProductDetails details = event.details();
        jdbc.update("""
                UPDATE write_model.products
                   SET name = ?, unit = ?, min_order_qty = ?, name_ne = ?, aliases = ?, category = ?, pack_size = ?,
                       vat_class = ?, order_multiple = ?, multiple_rounding = ?,
                       change_seq = nextval('write_model.products_change_seq')
                 WHERE id = ?""", ps -> {
            ps.setString(1, details.name());
            ps.setString(2, details.unit());
            ps.setBigDecimal(3, event.minOrderQuantity().value());
            ps.setString(4, details.nameNe());
            ps.setArray(5, aliases(ps.getConnection(), details.aliases()));
            ps.setString(6, details.category());
            ps.setString(7, details.packSize());
            ps.setString(8, details.vatClass().name());
            ps.setBigDecimal(9, details.orderMultiple());
            ps.setString(10, details.multipleRounding() == null ? null : details.multipleRounding().name());
            ps.setString(11, event.productId().value());
        });
        parsingCatalog.changed();
    }

    @EventHandler
    void on(ProductPriceChanged event) {
        jdbc.update("""
                UPDATE write_model.products SET price = ?, change_seq = nextval('write_model.products_change_seq')
                 WHERE id = ?""", event.price().amount(), event.productId().value());
        parsingCatalog.changed();
    }

    @EventHandler
    void on(ProductDelisted event) {
        jdbc.update("""
                UPDATE write_model.products SET status = ?, change_seq = nextval('write_model.products_change_seq')
                 WHERE id = ?""", ProductStatus.DELISTED.name(), event.productId().value());
        parsingCatalog.changed();
    }

    private static Array aliases(Connection connection, List<String> aliases) throws SQLException {
        return connection.createArrayOf("text", aliases == null ? new Object[0] : aliases.toArray());
    }
}
