package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a buyer's credit, and the buyers with overdue credit. The overdue list is a report (sums and
 * counts per buyer over the overdue orders, with the buyer's account and profile beside them, ordered
 * by those sums): its SQL says it best, and it stays SQL.
 */
@Component
class BuyerCreditReader {

    private final BuyerCreditRows accounts;
    private final JdbcTemplate jdbc;

    BuyerCreditReader(BuyerCreditRows accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    Optional<BuyerCreditView> find(BuyerId buyerId) {
        return accounts.findById(buyerId).map(BuyerCreditRow::view);
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
            return new OverdueBuyer(BuyerId.of(rs.getString("buyer_id")),
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
