package np.khaacho.query.analytics;

import np.khaacho.kernel.party.BuyerId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Buyers who ordered in a period: how many (each counted once), per day, and the biggest ones. */
public record BuyersReport(LocalDate from, LocalDate to, long distinctBuyers, List<Day> days, List<Buyer> topBuyers) {

    /** One day's distinct buyers. */
    public record Day(LocalDate day, long distinctBuyers) {
    }

    /** A buyer's orders placed in the period and their standing value. */
    public record Buyer(BuyerId buyerId, String name, long orders, BigDecimal revenue) {
    }

    static BuyersReport of(PeriodFigures total, List<DayFigures> days, List<Buyer> topBuyers) {
        return new BuyersReport(total.from(), total.to(), total.distinctBuyers(),
                days.stream().map(d -> new Day(d.day(), d.distinctBuyers())).toList(), topBuyers);
    }
}
