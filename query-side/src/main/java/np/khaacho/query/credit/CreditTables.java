package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes of the credit projection. A row changes only for an event newer than the last one it
 * applied (by the aggregate's sequence number), so a redelivered event changes nothing.
 */
@Repository
class CreditTables {

    private final JdbcTemplate jdbc;

    CreditTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(String buyerId, String accountId, Money limit, PaymentTerms terms, long sequence, Instant at) {
        jdbc.update("""
                INSERT INTO read_model.buyer_credit (buyer_id, account_id, credit_limit, payment_terms, updated_at,
                                                     last_sequence)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (buyer_id) DO NOTHING""",
                buyerId, accountId, limit.amount(), terms.name(), at(at), sequence);
    }

    void terms(String buyerId, Money limit, PaymentTerms terms, Money reserved, Money outstanding, long sequence,
               Instant at) {
        jdbc.update("""
                UPDATE read_model.buyer_credit
                SET credit_limit = ?, payment_terms = ?, reserved = ?, outstanding = ?, updated_at = ?, last_sequence = ?
                WHERE buyer_id = ? AND last_sequence < ?""",
                limit.amount(), terms.name(), reserved.amount(), outstanding.amount(), at(at), sequence, buyerId,
                sequence);
    }

    /** The events carry the account's reserved and outstanding amounts after them: set, never add. */
    void usage(String buyerId, Money reserved, Money outstanding, long sequence, Instant at) {
        jdbc.update("""
                UPDATE read_model.buyer_credit
                SET reserved = ?, outstanding = ?, updated_at = ?, last_sequence = ?
                WHERE buyer_id = ? AND last_sequence < ?""",
                reserved.amount(), outstanding.amount(), at(at), sequence, buyerId, sequence);
    }

    void overdue(String orderId, String buyerId, LocalDate dueDate, Money balance, long sequence) {
        jdbc.update("""
                INSERT INTO read_model.credit_overdue_orders (order_id, buyer_id, due_date, balance, last_sequence)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET due_date = excluded.due_date, balance = excluded.balance,
                                                    last_sequence = excluded.last_sequence
                WHERE read_model.credit_overdue_orders.last_sequence < excluded.last_sequence""",
                orderId, buyerId, dueDate, balance.amount(), sequence);
    }

    /** What is still owed on an overdue order; orders never overdue have no row and stay without. */
    void overdueBalance(String orderId, Money balance, long sequence) {
        jdbc.update("""
                UPDATE read_model.credit_overdue_orders SET balance = ?, last_sequence = ?
                WHERE order_id = ? AND last_sequence < ?""", balance.amount(), sequence, orderId, sequence);
    }

    void truncate() {
        jdbc.execute("TRUNCATE read_model.buyer_credit, read_model.credit_overdue_orders");
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
