package np.khaacho.query.demand;

import np.khaacho.kernel.query.FindRepeatPurchasesDue;
import np.khaacho.kernel.query.RepeatPurchasesDue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What each buyer buys again and again, from the orders it placed and did not cancel, whatever became of them (its
 * habit is what it asks for, also when a vendor declined or never answered): the days it ordered a product in the
 * last half year, the usual days between them and the usual quantity (the median), and which are due again
 * ({@link FindRepeatPurchasesDue}).
 */
@Component
@Transactional(readOnly = true)
class RepeatPurchases {

    static final int LOOK_BACK_DAYS = 180;
    static final int AT_LEAST_DAYS_ORDERED = 3;

    private final JdbcTemplate jdbc;

    RepeatPurchases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RepeatPurchasesDue handle(FindRepeatPurchasesDue query) {
        LocalDate today = query.today();
        List<RepeatPurchasesDue.Due> due = new ArrayList<>();
        jdbc.query("""
                WITH days AS (
                    SELECT o.buyer_id, l.product_id,
                           (COALESCE(o.placed_at, o.created_at) AT TIME ZONE 'Asia/Kathmandu')::date AS day,
                           sum(l.quantity) AS quantity, max(l.name) AS name, max(l.unit) AS unit
                    FROM read_model.orders o JOIN read_model.order_lines l ON l.order_id = o.order_id
                    WHERE o.status NOT IN ('DRAFTED', 'DISCARDED', 'CANCELLED')
                      AND (COALESCE(o.placed_at, o.created_at) AT TIME ZONE 'Asia/Kathmandu')::date
                          BETWEEN CAST(? AS date) - ? AND CAST(? AS date)
                    GROUP BY 1, 2, 3)
                SELECT buyer_id, product_id, max(name) AS name, max(unit) AS unit, count(*) AS days,
                       min(day) AS first_day, max(day) AS last_day,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY quantity) AS usual_quantity
                FROM days GROUP BY 1, 2 HAVING count(*) >= ?
                ORDER BY buyer_id, product_id""", rs -> {
            LocalDate first = rs.getDate("first_day").toLocalDate();
            LocalDate last = rs.getDate("last_day").toLocalDate();
            int intervals = rs.getInt("days") - 1;
            int usual = Math.round((float) ChronoUnit.DAYS.between(first, last) / intervals);
            int since = (int) ChronoUnit.DAYS.between(last, today);
            if (isDue(usual, since)) {
                due.add(new RepeatPurchasesDue.Due(rs.getString("buyer_id"), rs.getString("product_id"),
                        rs.getString("name"), rs.getString("unit"),
                        BigDecimal.valueOf(rs.getDouble("usual_quantity")).setScale(3, RoundingMode.HALF_UP),
                        usual, last, since));
            }
        }, Date.valueOf(today), LOOK_BACK_DAYS, Date.valueOf(today), AT_LEAST_DAYS_ORDERED);
        return new RepeatPurchasesDue(due);
    }

    /** Due once a fifth more than the usual days has passed, and until three times them. */
    static boolean isDue(int usualDays, int daysSince) {
        return usualDays >= 2 && daysSince >= Math.ceil(usualDays * 1.2) && daysSince <= usualDays * 3;
    }
}
