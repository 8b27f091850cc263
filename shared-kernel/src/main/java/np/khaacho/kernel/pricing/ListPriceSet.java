package np.khaacho.kernel.pricing;

import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;

import java.util.List;

/**
 * A product's price in a list changed: the tiers before and after (empty: not on the list). Orders
 * placed before keep their prices.
 */
public record ListPriceSet(PriceListId priceListId, VendorId vendorId, ProductId productId,
                           List<PriceTier> previousTiers, List<PriceTier> tiers) {
}
