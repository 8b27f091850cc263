package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code messaging.credit_holds}: the orders declined for want of credit, for the receipt of a later payment. */
@Component
class CreditHolds {

    /** How long after a decline a payment's receipt says the order can be placed again (a yes does it). */
    static final Duration PLACE_AGAIN_WITHIN = Duration.ofDays(3);

    private final JdbcTemplate jdbc;

    CreditHolds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void held(OrderRef order, Money shortfall, Instant declinedAt) {
        jdbc.update("""
                        INSERT INTO messaging.credit_holds (order_id, buyer_id, order_number, shortfall, declined_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.buyerId(), order.orderNumber(), shortfall.amount(), Timestamp.from(declinedAt));
    }

    /** The number of the buyer's order declined for credit most lately, if within the days a yes places it again. */
    Optional<String> latest(String buyerId, Instant now) {
        return jdbc.query("""
                        SELECT order_number FROM messaging.credit_holds WHERE buyer_id = ? AND declined_at > ?
                        ORDER BY declined_at DESC LIMIT 1""",
                (rs, row) -> rs.getString(1), buyerId, Timestamp.from(now.minus(PLACE_AGAIN_WITHIN))).stream().findFirst();
    }
}
