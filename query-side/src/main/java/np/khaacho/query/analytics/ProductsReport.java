package np.khaacho.query.analytics;

import java.time.LocalDate;
import java.util.List;

/** The best-selling products of a period (by standing revenue), over the whole period and day by day. */
public record ProductsReport(LocalDate from, LocalDate to, List<ProductFigures> top, List<Day> days) {

    /** One day's best sellers. */
    public record Day(LocalDate day, List<ProductFigures> products) {
    }
}
