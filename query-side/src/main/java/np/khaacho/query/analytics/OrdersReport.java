package np.khaacho.query.analytics;

import java.time.LocalDate;
import java.util.List;

/** Orders placed in a period and what became of them, in total and per day. */
public record OrdersReport(LocalDate from, LocalDate to, Counts total, List<Day> days) {

    /** How many orders were placed, still stand, and reached each step or failure. */
    public record Counts(long orders, long standingOrders, long confirmed, long delivered, long rejected,
                         long cancelled, long expired, long declined) {
    }

    /** One day's counts. */
    public record Day(LocalDate day, Counts counts) {
    }

    static OrdersReport of(PeriodFigures total, List<DayFigures> days) {
        return new OrdersReport(total.from(), total.to(),
                new Counts(total.orders(), total.standingOrders(), total.confirmed(), total.delivered(),
                        total.rejected(), total.cancelled(), total.expired(), total.declined()),
                days.stream().map(d -> new Day(d.day(), new Counts(d.orders(), d.standingOrders(), d.confirmed(),
                        d.delivered(), d.rejected(), d.cancelled(), d.expired(), d.declined()))).toList());
    }
}
