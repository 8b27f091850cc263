package np.khaacho.query.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One Nepal day's figures, for the orders placed that day (a day without orders has zeros). */
public record DayFigures(
        LocalDate day,
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

    static DayFigures none(LocalDate day) {
        return new DayFigures(day, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                0, 0);
    }
}
