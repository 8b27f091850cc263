package np.khaacho.query.pricing;

import np.khaacho.kernel.pricing.PriceTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A price list as its vendor sees it: whom it prices for, when, and each product's tiers. */
public record PriceListView(String id, String vendorId, String name, String kind, List<Buyer> buyers,
                            LocalDate validFrom, LocalDate validUntil, Instant updatedAt, List<Price> prices) {

    /** A buyer the list names. */
    public record Buyer(String id, String name) {
    }

    /** A product's tiers in the list. */
    public record Price(String productId, String sku, String name, String unit, List<PriceTier> tiers) {
    }
}
