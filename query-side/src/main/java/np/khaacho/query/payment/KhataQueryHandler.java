package np.khaacho.query.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.query.FindKhata;
import np.khaacho.kernel.query.Khata;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers a buyer's khata from the orders, credit and payments read models. */
@Component
class KhataQueryHandler {

    private static final int LAST_PAYMENTS = 3;

    private final JdbcTemplate jdbc;

    KhataQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Khata handle(FindKhata query) {
        String buyer = query.buyerId().value();
        Map<String, List<Khata.Due>> byVendor = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT o.order_number, o.total_amount - o.paid_amount AS balance, o.due_date, o.overdue,
                               coalesce(v.display_name, o.vendor_id) AS vendor_name
                        FROM read_model.orders o LEFT JOIN read_model.users v ON v.user_id = o.vendor_id
                        WHERE o.buyer_id = ? AND o.status = 'DELIVERED' AND o.total_amount > o.paid_amount
                        ORDER BY coalesce(o.due_date, o.delivery_date), o.order_number""",
                rs -> {
                    Date due = rs.getDate("due_date");
                    byVendor.computeIfAbsent(rs.getString("vendor_name"), name -> new ArrayList<>())
                            .add(new Khata.Due(rs.getString("order_number"), Money.of(rs.getBigDecimal("balance")),
                                    due == null ? null : due.toLocalDate(), rs.getBoolean("overdue")));
                }, buyer);
        List<Khata.VendorDues> vendors = new ArrayList<>();
        byVendor.forEach((vendor, dues) -> vendors.add(new Khata.VendorDues(vendor,
                dues.stream().map(Khata.Due::balance).reduce(Money.ZERO, Money::plus), dues)));

        List<Khata.Paid> paid = jdbc.query("""
                        SELECT received_at, amount, method, gateway FROM read_model.payments_received WHERE buyer_id = ?
                        ORDER BY received_at DESC, payment_id LIMIT ?""",
                (rs, row) -> new Khata.Paid(rs.getTimestamp("received_at").toInstant(), Money.of(rs.getBigDecimal("amount")),
                        rs.getString("method"), rs.getString("gateway")), buyer, LAST_PAYMENTS);

        Money[] credit = jdbc.query("""
                        SELECT credit_limit, credit_limit - reserved - outstanding AS available
                        FROM read_model.buyer_credit WHERE buyer_id = ?""",
                (rs, row) -> new Money[]{Money.of(rs.getBigDecimal("credit_limit")),
                        Money.of(rs.getBigDecimal("available").max(BigDecimal.ZERO))}, buyer)
                .stream().findFirst().orElse(new Money[]{null, null});
        BigDecimal held = jdbc.query("SELECT balance FROM read_model.unapplied_credit WHERE buyer_id = ?",
                (rs, row) -> rs.getBigDecimal(1), buyer).stream().findFirst().orElse(BigDecimal.ZERO);
        return new Khata(query.buyerId(), credit[0], credit[1], vendors, paid, Money.of(held));
    }
}
