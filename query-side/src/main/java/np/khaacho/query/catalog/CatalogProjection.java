package np.khaacho.query.catalog;

import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReserved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The catalog with current stock and vendor names, from the product, stock and vendor events. Stock
 * events carry the balances after the change, so a row takes them as they are instead of adding deltas.
 */
@Component
@ProcessingGroup(CatalogProjection.GROUP)
class CatalogProjection {

    static final String GROUP = "catalog-projection";

    private final CatalogTables tables;

    CatalogProjection(CatalogTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ProductListed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.listed(e, sequence, at);
    }

    @EventHandler
    void on(ProductDetailsUpdated e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.detailsUpdated(e, sequence, at);
    }

    @EventHandler
    void on(ProductPriceChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.priceChanged(e.productId().value(), e.price(), sequence, at);
    }

    @EventHandler
    void on(ProductDelisted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        tables.delisted(e.productId().value(), sequence, at);
    }

    @EventHandler
    void on(VendorRegistered e, @SequenceNumber long sequence) {
        tables.vendor(e.vendorId().value(), e.businessName(), sequence);
    }

    @EventHandler
    void on(StockReceived e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @EventHandler
    void on(StockAdjusted e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @EventHandler
    void on(StockReserved e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @EventHandler
    void on(StockReservationAdjusted e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @EventHandler
    void on(StockReleased e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @EventHandler
    void on(StockCommitted e, @SequenceNumber long sequence) {
        tables.stock(e.productId().value(), e.onHand(), e.reserved(), sequence);
    }

    @ResetHandler
    void reset() {
        tables.truncate();
    }
}
