package np.khaacho.query.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The figures of a period; distinct buyers and vendors are counted once over the whole period. */
public record PeriodFigures(
        LocalDate from,
        LocalDate to,
        long orders,
        long standingOrders,
        long confirmed,
        long delivered,
        long rejected,
        long cancelled,
        long expired,
        long declined,
        BigDecimal revenue,
        BigDecimal averageOrderValue,
        long distinctBuyers,
        long distinctVendors) {

    /** Revenue per standing order, to the paisa; zero when no order stands. */
    static BigDecimal averageOrderValue(BigDecimal revenue, long standingOrders) {
        return standingOrders == 0 ? BigDecimal.ZERO.setScale(2)
                : revenue.divide(BigDecimal.valueOf(standingOrders), 2, RoundingMode.HALF_UP);
    }
}
