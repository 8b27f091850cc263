package np.khaacho.query.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Revenue of a period and its average order value, in total and per day. */
public record RevenueReport(LocalDate from, LocalDate to, BigDecimal revenue, long standingOrders,
                            BigDecimal averageOrderValue, List<Day> days) {

    /** One day's revenue. */
    public record Day(LocalDate day, BigDecimal revenue, long standingOrders, BigDecimal averageOrderValue) {
    }

    static RevenueReport of(PeriodFigures total, List<DayFigures> days) {
        return new RevenueReport(total.from(), total.to(), total.revenue(), total.standingOrders(),
                total.averageOrderValue(), days.stream().map(d -> new Day(d.day(), d.revenue(), d.standingOrders(),
                        d.averageOrderValue())).toList());
    }
}
