package np.khaacho.kernel.pricing;

import np.khaacho.kernel.common.Quantity;

/**
 * Which price list, and which of its tiers, priced an order line: kept with the line, so the order shows
 * it and a later change of the list changes nothing placed. A line without it has the catalog price.
 */
public record PricedBy(PriceListId priceListId, String listName, PriceListKind kind, Quantity tierFrom) {
}
