package np.khaacho.kernel.pricing;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A unit price from a quantity on: "10 bags or more at 2,280". The first tier of a price starts at 1 or less. */
public record PriceTier(Quantity from, Money price) {

    /** Tiers as stored side by side: each start with the price at the same place. */
    public static List<PriceTier> of(BigDecimal[] froms, BigDecimal[] prices) {
        if (froms.length != prices.length) {
            throw new IllegalArgumentException(froms.length + " tier starts but " + prices.length + " prices");
        }
        List<PriceTier> tiers = new ArrayList<>();
        for (int i = 0; i < froms.length; i++) {
            tiers.add(new PriceTier(Quantity.of(froms[i]), Money.of(prices[i])));
        }
        return List.copyOf(tiers);
    }
}
