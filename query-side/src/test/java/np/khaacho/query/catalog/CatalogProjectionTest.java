package np.khaacho.query.catalog;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReserved;
import np.khaacho.query.support.ReadRepositories;
import np.khaacho.query.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog projection fed events directly, as the processor would: stock before its product,
 * redelivered and stale events, delisting, on the real read-model tables. The test removes its rows
 * after itself.
 */
class CatalogProjectionTest {

    private static final Instant AT = Instant.parse("2001-03-04T20:00:00Z");
    private static final Visibility ADMIN = new Visibility(true, null);
    private static final Visibility BUYER = new Visibility(false, null);

    private final JdbcTemplate jdbc = TestDatabase.jdbc();
    private final CatalogProjection projection = new CatalogProjection(new CatalogTables(jdbc));
    private final CatalogReader reader = new CatalogReader(ReadRepositories.of(CatalogRows.class));

    private final ProductId productId = ProductId.random();
    private final StockId stockId = StockId.of(productId);
    private final VendorId vendorId = VendorId.random();

    @AfterEach
    void removeThisTestsRows() {
        jdbc.update("DELETE FROM read_model.catalog_products WHERE product_id = ?", productId.value());
        jdbc.update("DELETE FROM read_model.catalog_stock WHERE product_id = ?", productId.value());
        jdbc.update("DELETE FROM read_model.catalog_vendors WHERE vendor_id = ?", vendorId.value());
    }

    @Test
    void keepsTheNewestOfEachAggregateWhateverArrivesFirstOrTwice() {
        StockReceived received = new StockReceived(stockId, productId, Quantity.of(10), "opening stock",
                Quantity.of(10), Quantity.ZERO);
        projection.on(received, 0);
        assertThat(reader.find(productId, ADMIN)).as("stock alone is no product").isEmpty();

        ProductListed listed = new ProductListed(productId, vendorId, "GUNDRUK-" + System.nanoTime(),
                new ProductDetails("Gundruk", "गुन्द्रुक", List.of("gundruk", "dried greens"), "vegetables", "kg",
                        null), Money.of("300.00"), Quantity.of(2));
        projection.on(listed, 0, AT);
        ProductView product = reader.find(productId, BUYER).orElseThrow();
        assertThat(product.stock()).isEqualTo(new ProductView.Stock(q(10), q(0), q(10)));
        assertThat(product.vendorName()).isNull();
        assertThat(product.aliases()).containsExactly("gundruk", "dried greens");

        projection.on(new StockReserved(stockId, productId, OrderId.random(), Quantity.of("2.5"), Quantity.of(10),
                Quantity.of("2.5")), 1);
        projection.on(received, 0);
        assertThat(reader.find(productId, BUYER).orElseThrow().stock())
                .isEqualTo(new ProductView.Stock(q(10), new BigDecimal("2.5"), new BigDecimal("7.5")));

        projection.on(new ProductPriceChanged(productId, vendorId, Money.of("300.00"), Money.of("320.00")), 1, AT);
        projection.on(new ProductDelisted(productId, vendorId, "season over"), 2, AT);
        projection.on(new ProductPriceChanged(productId, vendorId, Money.of("300.00"), Money.of("999.00")), 1, AT);
        projection.on(listed, 0, AT);
        projection.on(new VendorRegistered(vendorId, "+9779800000999", "Himali Traders", "Jumla", List.of("Jumla"),
                Money.of(1000)), 0);

        assertThat(reader.find(productId, BUYER)).isEmpty();
        assertThat(reader.find(productId, new Visibility(false, VendorId.random()))).isEmpty();
        ProductView own = reader.find(productId, new Visibility(false, vendorId)).orElseThrow();
        assertThat(own.status()).isEqualTo("DELISTED");
        assertThat(own.price()).isEqualByComparingTo("320.00");
        assertThat(own.vendorName()).isEqualTo("Himali Traders");
    }

    private static BigDecimal q(long value) {
        return BigDecimal.valueOf(value);
    }
}
