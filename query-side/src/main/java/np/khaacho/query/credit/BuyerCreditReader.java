package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.credit.PaymentTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
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
}
