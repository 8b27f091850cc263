package np.khaacho.kernel.pricing;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;

/** A unit price from a quantity on: "10 bags or more at 2,280". The first tier of a price starts at 1 or less. */
public record PriceTier(Quantity from, Money price) {
}
