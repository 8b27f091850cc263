package np.khaacho.query.catalog;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes of the catalog projection. Every write applies only if the event is newer than the last one
 * the row applied (per aggregate: product, stock or vendor), so a redelivered event changes nothing.
 */
@Repository
class CatalogTables {

    private final JdbcTemplate jdbc;

    CatalogTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void listed(ProductListed e, long sequence, Instant at) {
        ProductDetails details = e.details();
        jdbc.update("""
                INSERT INTO read_model.catalog_products (product_id, vendor_id, sku, name, name_ne, aliases, category,
                                                         unit, pack_size, price, min_order_qty, status, listed_at,
                                                         updated_at, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE SET
                    vendor_id = excluded.vendor_id, sku = excluded.sku, name = excluded.name,
                    name_ne = excluded.name_ne, aliases = excluded.aliases, category = excluded.category,
                    unit = excluded.unit, pack_size = excluded.pack_size, price = excluded.price,
                    min_order_qty = excluded.min_order_qty, status = excluded.status,
                    updated_at = excluded.updated_at, last_sequence = excluded.last_sequence
                WHERE read_model.catalog_products.last_sequence < excluded.last_sequence""",
                e.productId().value(), e.vendorId().value(), e.sku(), details.name(), details.nameNe(),
                aliases(details), details.category(), details.unit(), details.packSize(), e.price().amount(),
                e.minOrderQuantity().value(), ProductStatus.ACTIVE.name(), at(at), at(at), sequence);
    }

    void detailsUpdated(ProductDetailsUpdated e, long sequence, Instant at) {
        ProductDetails details = e.details();
        update(e.productId().value(), sequence, at,
                "name = ?, name_ne = ?, aliases = ?, category = ?, unit = ?, pack_size = ?, min_order_qty = ?",
                details.name(), details.nameNe(), aliases(details), details.category(), details.unit(),
                details.packSize(), e.minOrderQuantity().value());
    }

    void priceChanged(String productId, Money price, long sequence, Instant at) {
        update(productId, sequence, at, "price = ?", price.amount());
    }

    void delisted(String productId, long sequence, Instant at) {
        update(productId, sequence, at, "status = ?", ProductStatus.DELISTED.name());
    }

    void stock(String productId, Quantity onHand, Quantity reserved, long sequence) {
        jdbc.update("""
                INSERT INTO read_model.catalog_stock (product_id, on_hand, reserved, last_sequence)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE SET
                    on_hand = excluded.on_hand, reserved = excluded.reserved, last_sequence = excluded.last_sequence
                WHERE read_model.catalog_stock.last_sequence < excluded.last_sequence""",
                productId, onHand.value(), reserved.value(), sequence);
    }

    void vendor(String vendorId, String name, long sequence) {
        jdbc.update("""
                INSERT INTO read_model.catalog_vendors (vendor_id, name, last_sequence) VALUES (?, ?, ?)
                ON CONFLICT (vendor_id) DO UPDATE SET name = excluded.name, last_sequence = excluded.last_sequence
                WHERE read_model.catalog_vendors.last_sequence < excluded.last_sequence""",
                vendorId, name, sequence);
    }

    void truncate() {
        jdbc.execute("TRUNCATE read_model.catalog_products, read_model.catalog_stock, read_model.catalog_vendors");
    }

    private void update(String productId, long sequence, Instant at, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = at(at);
        arguments[values.length + 1] = sequence;
        arguments[values.length + 2] = productId;
        arguments[values.length + 3] = sequence;
        jdbc.update("UPDATE read_model.catalog_products SET " + assignments + ", updated_at = ?, last_sequence = ?"
                + " WHERE product_id = ? AND last_sequence < ?", arguments);
    }

    private static String[] aliases(ProductDetails details) {
        List<String> aliases = details.aliases() == null ? List.of() : details.aliases();
        return aliases.toArray(String[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
