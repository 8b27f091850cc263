package np.khaacho.kernel.pricing;

/**
 * Whom a price list prices for: every buyer of the vendor (a base list, e.g. a season's tiers), the
 * buyers of a group the vendor names (e.g. "wholesale-large"), or one buyer. A buyer's own list comes
 * before its groups', a group's before the base list, and the base list before the catalog price.
 */
public enum PriceListKind {
    BASE,
    GROUP,
    BUYER;

    /** The lower, the earlier it is asked: the most particular list that prices a product wins. */
    public int precedence() {
        return switch (this) {
            case BUYER -> 0;
            case GROUP -> 1;
            case BASE -> 2;
        };
    }
}
