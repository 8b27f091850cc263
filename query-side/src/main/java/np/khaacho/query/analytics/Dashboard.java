package np.khaacho.query.analytics;

import java.util.List;

/** The admin's overview: today, the last 30 days in total and day by day, and the best-selling products. */
public record Dashboard(
        DayFigures today,
        PeriodFigures last30Days,
        List<DayFigures> days,
        List<ProductFigures> topProducts) {
}
