package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds orders by what an auditor has at hand: the order id, the order number as printed
 * ({@code KH-001042}, any case), or just its digits ({@code 1042}).
 */
@Repository
class OrderLookup {

    static final int MAX_MATCHES = 20;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final JdbcTemplate jdbc;

    OrderLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OrderMatch> find(String query) {
        String wanted = query.trim();
        String select = """
                SELECT o.order_id, o.order_number, o.status, o.buyer_id, b.name AS buyer_name, o.vendor_id,
                       v.name AS vendor_name, o.total_amount, o.created_at
                FROM read_model.orders o
                LEFT JOIN read_model.order_parties b ON b.party_id = o.buyer_id
                LEFT JOIN read_model.order_parties v ON v.party_id = o.vendor_id
                """;
        String order = " ORDER BY o.created_at DESC, o.order_id LIMIT " + MAX_MATCHES;
        if (DIGITS.matcher(wanted).matches()) {
            // the number's digits without leading zeros, against the digits that end each order number
            return jdbc.query(select + " WHERE ltrim(substring(o.order_number from '[0-9]+$'), '0') = ltrim(?, '0')" + order,
                    (rs, n) -> match(rs), wanted);
        }
        return jdbc.query(select + " WHERE o.order_id = ? OR upper(o.order_number) = ?" + order,
                (rs, n) -> match(rs), wanted, wanted.toUpperCase(Locale.ROOT));
    }

    private static OrderMatch match(ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new OrderMatch(rs.getString("order_id"), rs.getString("order_number"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("buyer_id"), rs.getString("buyer_name"),
                rs.getString("vendor_id"), rs.getString("vendor_name"), Money.of(rs.getBigDecimal("total_amount")),
                created == null ? null : created.toInstant());
    }
}
