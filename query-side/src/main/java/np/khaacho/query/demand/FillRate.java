package np.khaacho.query.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A vendor's fill rate, week by week (weeks from Monday, in Nepal): what buyers asked of it (the lines of
 * their orders as they stand, and what was lost), what was lost and why, and the share of the value served.
 * An order's loss counts in the week it was placed; a loss before any order (below a minimum, outside the
 * delivery area) in the week it happened.
 */
public record FillRate(String vendorId, List<Week> weeks) {

    /** One week: the totals, and each product. */
    public record Week(LocalDate week, BigDecimal askedValue, BigDecimal lostValue, BigDecimal fillRate,
                       List<Product> products) {
    }

    /** One product in a week: asked, lost (by cause), its fill rate by value, and the revenue missed. */
    public record Product(String productId, String sku, String name, String unit, BigDecimal askedQuantity,
                          BigDecimal lostQuantity, BigDecimal askedValue, BigDecimal lostValue, BigDecimal fillRate,
                          Map<String, BigDecimal> lostByCause) {
    }
}
