package np.khaacho.query.pricing;

import np.khaacho.kernel.pricing.ListedPrice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What each buyer a vendor's lists name pays on a day, and what every other buyer pays ({@code buyerId}
 * null), for each product some list prices: quantity by quantity, with the list that gives each price.
 */
public record WhoPaysWhat(LocalDate day, List<Product> products, List<Buyer> buyers) {

    /** A product some list prices, with its catalog price. */
    public record Product(String productId, String sku, String name, String unit, BigDecimal catalogPrice,
                          BigDecimal minOrderQuantity) {
    }

    /** A buyer (none: every other buyer) and its prices. */
    public record Buyer(String buyerId, String name, List<Price> prices) {
    }

    /** One product's steps for the buyer. */
    public record Price(String productId, List<ListedPrice.Step> steps) {
    }
}
