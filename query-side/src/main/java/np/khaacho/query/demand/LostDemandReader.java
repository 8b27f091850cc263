package np.khaacho.query.demand;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads of the lost demand against the placed orders: vendors' fill rates, and what nobody sells. */
@Component
@Transactional(readOnly = true)
class LostDemandReader {

    private static final String WEEK = "date_trunc('week', (%s AT TIME ZONE 'Asia/Kathmandu'))::date";
    /** Units buyers write beside a count, as whole words (PostgreSQL's \\m and \\M). */
    private static final String UNIT_WORDS = "\\m(kg|kgs|kilo|g|gm|gram|grams|l|ltr|litre|liter|ml|packet|packets|pkt"
            + "|bora|bag|bags|ota|wota|wata|dozen|darjan|carton|ctn|box|piece|pieces|pcs|bottle|bottles|wala|ko)\\M";

    private final JdbcTemplate jdbc;

    LostDemandReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The vendor's fill rate for the weeks since {@code since}, newest week first: the lines of its orders that
     * stand (not failed; a buyer's cancellation is neither asked nor lost), and what was lost.
     */
    FillRate fillRate(String vendorId, Instant since) {
        Map<LocalDate, Map<String, Cell>> weeks = new TreeMap<>(Comparator.reverseOrder());
        jdbc.query("""
                SELECT %s AS week, l.product_id, sum(l.quantity) AS quantity, sum(l.subtotal) AS value
                FROM read_model.analytics_order_lines l JOIN read_model.analytics_orders o ON o.order_id = l.order_id
                WHERE o.vendor_id = ? AND o.placed_at >= ? AND o.outcome IS NULL
                GROUP BY 1, 2""".formatted(WEEK.formatted("o.placed_at")),
                rs -> {
                    Cell cell = cell(weeks, rs.getDate("week").toLocalDate(), rs.getString("product_id"));
                    cell.standingQuantity = cell.standingQuantity.add(rs.getBigDecimal("quantity"));
                    cell.standingValue = cell.standingValue.add(rs.getBigDecimal("value"));
                }, vendorId, Timestamp.from(since));
        jdbc.query("""
                SELECT %s AS week, d.product_id, d.cause, sum(d.quantity) AS quantity, sum(d.value) AS value
                FROM read_model.lost_demand d LEFT JOIN read_model.analytics_orders o ON o.order_id = d.order_id
                WHERE d.vendor_id = ? AND d.product_id IS NOT NULL AND COALESCE(o.placed_at, d.lost_at) >= ?
                GROUP BY 1, 2, 3""".formatted(WEEK.formatted("COALESCE(o.placed_at, d.lost_at)")), rs -> {
            Cell cell = cell(weeks, rs.getDate("week").toLocalDate(), rs.getString("product_id"));
            BigDecimal value = orZero(rs.getBigDecimal("value"));
            cell.lostQuantity = cell.lostQuantity.add(orZero(rs.getBigDecimal("quantity")));
            cell.lostValue = cell.lostValue.add(value);
            cell.lostByCause.merge(rs.getString("cause"), value, BigDecimal::add);
        }, vendorId, Timestamp.from(since));
        Map<String, String[]> names = new LinkedHashMap<>();
        jdbc.query("SELECT product_id, sku, name, unit FROM read_model.catalog_products WHERE vendor_id = ?", rs -> {
            names.put(rs.getString("product_id"), new String[] {rs.getString("sku"), rs.getString("name"),
                    rs.getString("unit")});
        }, vendorId);
        List<FillRate.Week> result = new ArrayList<>();
        weeks.forEach((week, products) -> {
            List<FillRate.Product> rows = new ArrayList<>();
            BigDecimal asked = BigDecimal.ZERO;
            BigDecimal lost = BigDecimal.ZERO;
            for (Map.Entry<String, Cell> entry : products.entrySet()) {
                Cell cell = entry.getValue();
                String[] name = names.getOrDefault(entry.getKey(), new String[] {null, entry.getKey(), null});
                BigDecimal askedValue = cell.standingValue.add(cell.lostValue);
                rows.add(new FillRate.Product(entry.getKey(), name[0], name[1], name[2],
                        cell.standingQuantity.add(cell.lostQuantity), cell.lostQuantity, askedValue, cell.lostValue,
                        rate(askedValue, cell.lostValue),
                        Collections.unmodifiableSortedMap(new TreeMap<>(cell.lostByCause))));
                asked = asked.add(askedValue);
                lost = lost.add(cell.lostValue);
            }
            rows.sort(Comparator.comparing(FillRate.Product::lostValue).reversed()
                    .thenComparing(product -> product.name() == null ? "" : product.name()));
            result.add(new FillRate.Week(week, asked, lost, rate(asked, lost), rows));
        });
        return new FillRate(vendorId, result);
    }

    /**
     * What buyers asked for that nobody sells, since then: the same words counted together, their numbers and
     * units left out ("2 kg kaju" and "kaju 1 packet" are "kaju").
     */
    List<UnsoldDemand> unsold(Instant since, int limit) {
        return jdbc.query("""
                SELECT key, count(*) AS asks, count(DISTINCT buyer_id) AS buyers, max(lost_at) AS last_asked,
                       min(asked) AS example
                FROM (SELECT btrim(regexp_replace(regexp_replace(regexp_replace(lower(asked),
                                 '[0-9]+([.,][0-9]+)?', ' ', 'g'), '%s', ' ', 'g'), '\\s+', ' ', 'g')) AS key,
                             buyer_id, lost_at, asked
                      FROM read_model.lost_demand WHERE cause = 'NOT_IN_CATALOG' AND lost_at >= ?) asked
                WHERE key <> ''
                GROUP BY key ORDER BY asks DESC, buyers DESC, key LIMIT ?""".formatted(UNIT_WORDS),
                (rs, i) -> new UnsoldDemand(rs.getString("key"), rs.getLong("asks"), rs.getLong("buyers"),
                        rs.getTimestamp("last_asked").toInstant(), rs.getString("example")),
                Timestamp.from(since), limit);
    }

    private static Cell cell(Map<LocalDate, Map<String, Cell>> weeks, LocalDate week, String productId) {
        return weeks.computeIfAbsent(week, w -> new LinkedHashMap<>()).computeIfAbsent(productId, p -> new Cell());
    }

    private static BigDecimal rate(BigDecimal asked, BigDecimal lost) {
        if (asked.signum() == 0) {
            return null;
        }
        return asked.subtract(lost).divide(asked, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** One product in one week, summed. */
    private static final class Cell {
        BigDecimal standingQuantity = BigDecimal.ZERO;
        BigDecimal standingValue = BigDecimal.ZERO;
        BigDecimal lostQuantity = BigDecimal.ZERO;
        BigDecimal lostValue = BigDecimal.ZERO;
        final Map<String, BigDecimal> lostByCause = new TreeMap<>();
    }
}
