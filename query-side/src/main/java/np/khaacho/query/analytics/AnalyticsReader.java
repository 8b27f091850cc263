package np.khaacho.query.analytics;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads of the daily analytics tables. A period's days are rows of their own (entities); the totals
 * and rankings are reports (sums over a period, distinct counts across two tables, top lists by sums
 * and per day by a window function): their SQL says them best, and they stay SQL.
 */
@Component
class AnalyticsReader {

    private final DayRows dayRows;
    private final JdbcTemplate jdbc;

    AnalyticsReader(DayRows dayRows, JdbcTemplate jdbc) {
        this.dayRows = dayRows;
        this.jdbc = jdbc;
    }

    /** Every day of the period, oldest first, days without orders included (with zeros). */
    List<DayFigures> days(Period period) {
        Map<LocalDate, DayFigures> found = dayRows.between(period.from(), period.to()).stream()
                .map(DayRow::figures).collect(Collectors.toMap(DayFigures::day, day -> day));
        return period.days().stream().map(day -> found.getOrDefault(day, DayFigures.none(day))).toList();
    }

    PeriodFigures total(Period period) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(orders), 0) AS orders, coalesce(sum(confirmed), 0) AS confirmed,
                       coalesce(sum(delivered), 0) AS delivered, coalesce(sum(rejected), 0) AS rejected,
                       coalesce(sum(cancelled), 0) AS cancelled, coalesce(sum(expired), 0) AS expired,
                       coalesce(sum(declined), 0) AS declined, coalesce(sum(revenue), 0) AS revenue,
                       (SELECT count(DISTINCT buyer_id) FROM read_model.daily_buyer_analytics
                        WHERE day BETWEEN ? AND ?) AS distinct_buyers,
                       (SELECT count(DISTINCT vendor_id) FROM read_model.daily_vendor_analytics
                        WHERE day BETWEEN ? AND ?) AS distinct_vendors
                FROM read_model.daily_analytics WHERE day BETWEEN ? AND ?""", (rs, n) -> {
            long orders = rs.getLong("orders");
            long standing = orders - rs.getLong("rejected") - rs.getLong("cancelled") - rs.getLong("expired")
                    - rs.getLong("declined");
            BigDecimal revenue = rs.getBigDecimal("revenue").setScale(2, RoundingMode.UNNECESSARY);
            return new PeriodFigures(period.from(), period.to(), orders, standing, rs.getLong("confirmed"),
                    rs.getLong("delivered"), rs.getLong("rejected"), rs.getLong("cancelled"), rs.getLong("expired"),
                    rs.getLong("declined"), revenue, PeriodFigures.averageOrderValue(revenue, standing),
                    rs.getLong("distinct_buyers"), rs.getLong("distinct_vendors"));
        }, period.from(), period.to(), period.from(), period.to(), period.from(), period.to());
    }

    List<VendorsReport.Vendor> vendors(Period period) {
        return jdbc.query("""
                SELECT v.vendor_id, p.name, sum(v.orders) AS orders, sum(v.revenue) AS revenue,
                       sum(v.confirmed) AS confirmed, sum(v.rejected) AS rejected, sum(v.expired) AS expired,
                       sum(v.cancelled) AS cancelled, sum(v.declined) AS declined, sum(v.delivered) AS delivered,
                       sum(v.confirmation_seconds_total) AS confirmation_seconds
                FROM read_model.daily_vendor_analytics v
                LEFT JOIN read_model.analytics_parties p ON p.party_id = v.vendor_id
                WHERE v.day BETWEEN ? AND ?
                GROUP BY v.vendor_id, p.name
                ORDER BY sum(v.revenue) DESC, v.vendor_id""", (rs, n) -> {
            long confirmed = rs.getLong("confirmed");
            long answeredOrDue = confirmed + rs.getLong("rejected") + rs.getLong("expired");
            return new VendorsReport.Vendor(VendorId.of(rs.getString("vendor_id")), rs.getString("name"),
                    rs.getLong("orders"),
                    rs.getBigDecimal("revenue"), confirmed, rs.getLong("rejected"), rs.getLong("expired"),
                    rs.getLong("cancelled"), rs.getLong("declined"), rs.getLong("delivered"),
                    answeredOrDue == 0 ? null : BigDecimal.valueOf(confirmed)
                            .divide(BigDecimal.valueOf(answeredOrDue), 4, RoundingMode.HALF_UP),
                    confirmed == 0 ? null : Math.round((double) rs.getLong("confirmation_seconds") / confirmed));
        }, period.from(), period.to());
    }

    List<BuyersReport.Buyer> topBuyers(Period period, int limit) {
        return jdbc.query("""
                SELECT b.buyer_id, p.name, sum(b.orders) AS orders, sum(b.revenue) AS revenue
                FROM read_model.daily_buyer_analytics b
                LEFT JOIN read_model.analytics_parties p ON p.party_id = b.buyer_id
                WHERE b.day BETWEEN ? AND ?
                GROUP BY b.buyer_id, p.name
                ORDER BY sum(b.revenue) DESC, b.buyer_id
                LIMIT ?""", (rs, n) -> new BuyersReport.Buyer(BuyerId.of(rs.getString("buyer_id")),
                rs.getString("name"), rs.getLong("orders"), rs.getBigDecimal("revenue")),
                period.from(), period.to(), limit);
    }

    /** The products with the most standing revenue over the whole period. */
    List<ProductFigures> topProducts(Period period, int limit) {
        return jdbc.query("""
                SELECT product_id, (array_agg(sku ORDER BY day DESC))[1] AS sku,
                       (array_agg(name ORDER BY day DESC))[1] AS name,
                       sum(quantity) AS quantity, sum(revenue) AS revenue
                FROM read_model.daily_product_analytics
                WHERE day BETWEEN ? AND ?
                GROUP BY product_id
                HAVING sum(quantity) > 0
                ORDER BY sum(revenue) DESC, sum(quantity) DESC, product_id
                LIMIT ?""", (rs, n) -> product(rs), period.from(), period.to(), limit);
    }

    /** Each day's best sellers, oldest day first; days without sales are left out. */
    List<ProductsReport.Day> topProductsPerDay(Period period, int limit) {
        Map<LocalDate, List<ProductFigures>> days = new LinkedHashMap<>();
        jdbc.query("""
                SELECT day, product_id, sku, name, quantity, revenue FROM (
                    SELECT d.*, row_number() OVER (PARTITION BY day
                                                   ORDER BY revenue DESC, quantity DESC, product_id) AS place
                    FROM read_model.daily_product_analytics d
                    WHERE day BETWEEN ? AND ? AND quantity > 0) ranked
                WHERE place <= ?
                ORDER BY day, place""", rs -> {
            days.computeIfAbsent(rs.getObject("day", LocalDate.class), day -> new ArrayList<>()).add(product(rs));
        }, period.from(), period.to(), limit);
        return days.entrySet().stream().map(e -> new ProductsReport.Day(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private static ProductFigures product(ResultSet rs) throws SQLException {
        BigDecimal quantity = rs.getBigDecimal("quantity").stripTrailingZeros();
        return new ProductFigures(ProductId.of(rs.getString("product_id")), rs.getString("sku"), rs.getString("name"),
                quantity.scale() < 0 ? quantity.setScale(0) : quantity, rs.getBigDecimal("revenue"));
    }
}
