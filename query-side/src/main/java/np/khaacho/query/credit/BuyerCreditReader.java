package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads a buyer's credit; the overdue amount is added up from the overdue orders when read. */
@Repository
class BuyerCreditReader {

    private final JdbcTemplate jdbc;

    BuyerCreditReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BuyerCreditView> find(String buyerId) {
        return jdbc.query("""
                SELECT c.*, (SELECT coalesce(sum(d.balance), 0) FROM read_model.credit_overdue_orders d
                             WHERE d.buyer_id = c.buyer_id) AS overdue_amount
                FROM read_model.buyer_credit c WHERE c.buyer_id = ?""", (rs, n) -> {
            Money limit = Money.of(rs.getBigDecimal("credit_limit"));
            Money reserved = Money.of(rs.getBigDecimal("reserved"));
            Money outstanding = Money.of(rs.getBigDecimal("outstanding"));
            return new BuyerCreditView(rs.getString("buyer_id"), limit, reserved, outstanding,
                    limit.minus(reserved).minus(outstanding), Money.of(rs.getBigDecimal("overdue_amount")),
                    PaymentTerms.valueOf(rs.getString("payment_terms")),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        }, buyerId).stream().findFirst();
    }

    /** Buyers with a balance past its due date, the largest overdue amount first. */
    List<OverdueBuyer> overdue(int limit) {
        return jdbc.query("""
                SELECT d.buyer_id, u.business_name, u.display_name, u.phone, c.payment_terms, c.credit_limit,
                       c.outstanding, sum(d.balance) AS overdue, count(*) AS overdue_orders,
                       min(d.due_date) AS oldest_due_date
                FROM read_model.credit_overdue_orders d
                LEFT JOIN read_model.buyer_credit c ON c.buyer_id = d.buyer_id
                LEFT JOIN read_model.users u ON u.user_id = d.buyer_id
                WHERE d.balance > 0
                GROUP BY d.buyer_id, u.business_name, u.display_name, u.phone, c.payment_terms, c.credit_limit,
                         c.outstanding
                ORDER BY sum(d.balance) DESC, min(d.due_date), d.buyer_id
                LIMIT ?""", (rs, n) -> {
            String terms = rs.getString("payment_terms");
            String business = rs.getString("business_name");
            return new OverdueBuyer(rs.getString("buyer_id"),
                    business == null ? rs.getString("display_name") : business, rs.getString("phone"),
                    terms == null ? null : PaymentTerms.valueOf(terms), money(rs, "credit_limit"),
                    money(rs, "outstanding"), money(rs, "overdue"), rs.getLong("overdue_orders"),
                    rs.getObject("oldest_due_date", LocalDate.class));
        }, limit);
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        var amount = rs.getBigDecimal(column);
        return amount == null ? null : Money.of(amount);
    }
}
