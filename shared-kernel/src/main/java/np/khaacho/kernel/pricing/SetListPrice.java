package np.khaacho.kernel.pricing;

import np.khaacho.kernel.product.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sets a product's price in a list, tier by tier; no tiers takes the product off the list. */
public record SetListPrice(@TargetAggregateIdentifier PriceListId priceListId, ProductId productId,
                           List<PriceTier> tiers) {
}
