package np.khaacho.command.product;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.product.ProductStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the write side's product table: SKU uniqueness, owner, and the terms an order snapshots. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class ProductLookupProjector {

    private final JdbcTemplate jdbc;

    ProductLookupProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductListed event) {
        jdbc.update("""
                INSERT INTO write_model.products (id, vendor_id, sku, name, unit, price, min_order_qty, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                event.productId().value(), event.vendorId().value(), event.sku(), event.details().name(),
                event.details().unit(), event.price().amount(), event.minOrderQuantity().value(),
                ProductStatus.ACTIVE.name());
    }

    @EventHandler
    void on(ProductDetailsUpdated event) {
        jdbc.update("UPDATE write_model.products SET name = ?, unit = ?, min_order_qty = ? WHERE id = ?",
                event.details().name(), event.details().unit(), event.minOrderQuantity().value(),
                event.productId().value());
    }

    @EventHandler
    void on(ProductPriceChanged event) {
        jdbc.update("UPDATE write_model.products SET price = ? WHERE id = ?",
                event.price().amount(), event.productId().value());
    }

    @EventHandler
    void on(ProductDelisted event) {
        jdbc.update("UPDATE write_model.products SET status = ? WHERE id = ?",
                ProductStatus.DELISTED.name(), event.productId().value());
    }
}
