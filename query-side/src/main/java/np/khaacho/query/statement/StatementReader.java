package np.khaacho.query.statement;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.query.Statements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads statements from the read models: the deliveries and the payments on orders that the
 * receivables projection keeps (the account's debits and credits), the orders, and the invoices.
 * A BS month runs from its first day's midnight to the next month's, in Nepal.
 */
@Component
public class StatementReader {

    private static final String MOVES = """
            SELECT o.vendor_id, o.buyer_id, d.delivered_at AS at, 'DELIVERY' AS kind, o.order_number,
                   NULL AS method, NULL AS payment_id, d.total_amount AS debit, 0 AS credit
            FROM read_model.receivable_deliveries d JOIN read_model.orders o ON o.order_id = d.order_id
            UNION ALL
            SELECT o.vendor_id, o.buyer_id, p.paid_at, 'PAYMENT', o.order_number, p.method, p.payment_id, 0, p.amount
            FROM read_model.receivable_payments p JOIN read_model.orders o ON o.order_id = p.order_id""";

    private final JdbcTemplate jdbc;

    StatementReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every pair with something in the month or a balance through it, or only one buyer's (buyerId not null). */
    public Statements summaries(BsYearMonth month, String buyerId, String vendorId) {
        Timestamp start = start(month);
        Timestamp end = end(month);
        List<Statements.Summary> found = jdbc.query("""
                        WITH moves AS (""" + MOVES + """
                        ),
                        account AS (
                            SELECT vendor_id, buyer_id,
                                   coalesce(sum(debit - credit) FILTER (WHERE at < ?), 0) AS opening,
                                   coalesce(sum(debit) FILTER (WHERE at >= ?), 0) AS delivered,
                                   coalesce(sum(credit) FILTER (WHERE at >= ?), 0) AS paid,
                                   count(DISTINCT payment_id) FILTER (WHERE at >= ?) AS payments,
                                   sum(debit - credit) AS closing
                            FROM moves WHERE at < ? GROUP BY vendor_id, buyer_id),
                        placed AS (
                            SELECT vendor_id, buyer_id, count(*) AS orders FROM read_model.orders
                            WHERE placed_at >= ? AND placed_at < ? GROUP BY vendor_id, buyer_id),
                        documents AS (
                            SELECT vendor_id, buyer_id, count(*) AS documents FROM read_model.invoices
                            WHERE issued_at >= ? AND issued_at < ? GROUP BY vendor_id, buyer_id),
                        pairs AS (
                            SELECT vendor_id, buyer_id FROM account UNION SELECT vendor_id, buyer_id FROM placed
                            UNION SELECT vendor_id, buyer_id FROM documents)
                        SELECT p.vendor_id, coalesce(v.display_name, p.vendor_id) AS vendor_name,
                               p.buyer_id, coalesce(b.display_name, p.buyer_id) AS buyer_name,
                               coalesce(a.opening, 0) AS opening, coalesce(a.delivered, 0) AS delivered,
                               coalesce(a.paid, 0) AS paid, coalesce(a.closing, 0) AS closing,
                               coalesce(a.payments, 0) AS payments, coalesce(o.orders, 0) AS orders,
                               coalesce(d.documents, 0) AS documents
                        FROM pairs p
                        LEFT JOIN account a ON a.vendor_id = p.vendor_id AND a.buyer_id = p.buyer_id
                        LEFT JOIN placed o ON o.vendor_id = p.vendor_id AND o.buyer_id = p.buyer_id
                        LEFT JOIN documents d ON d.vendor_id = p.vendor_id AND d.buyer_id = p.buyer_id
                        LEFT JOIN read_model.users v ON v.user_id = p.vendor_id
                        LEFT JOIN read_model.users b ON b.user_id = p.buyer_id
                        WHERE (?::text IS NULL OR p.buyer_id = ?) AND (?::text IS NULL OR p.vendor_id = ?)
                        ORDER BY p.buyer_id, vendor_name, p.vendor_id""",
                (rs, row) -> new Statements.Summary(rs.getString("vendor_id"), rs.getString("vendor_name"),
                        rs.getString("buyer_id"), rs.getString("buyer_name"), money(rs.getBigDecimal("opening")),
                        money(rs.getBigDecimal("delivered")), money(rs.getBigDecimal("paid")),
                        money(rs.getBigDecimal("closing")), rs.getInt("orders"), rs.getInt("documents"),
                        rs.getInt("payments")),
                start, start, start, start, end, start, end, start, end, buyerId, buyerId, vendorId, vendorId);
        return new Statements(month, found.stream().filter(summary -> !summary.empty()).toList());
    }

    /**
     * One pair's statement; every list empty and every sum zero when the pair never traded; none when the
     * vendor or the buyer is not known.
     */
    public Optional<Statement> statement(String vendorId, String buyerId, BsYearMonth month) {
        Optional<Statement.Party> vendor = party(vendorId);
        Optional<Statement.Party> buyer = party(buyerId);
        if (vendor.isEmpty() || buyer.isEmpty()) {
            return Optional.empty();
        }
        Timestamp start = start(month);
        Timestamp end = end(month);
        BigDecimal opening = jdbc.queryForObject("SELECT coalesce(sum(debit - credit), 0) FROM (" + MOVES
                + ") m WHERE vendor_id = ? AND buyer_id = ? AND at < ?", BigDecimal.class, vendorId, buyerId, start);
        List<Statement.Entry> entries = new ArrayList<>();
        BigDecimal[] running = {opening};
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.query("SELECT * FROM (" + MOVES + ") m WHERE vendor_id = ? AND buyer_id = ? AND at >= ? AND at < ?"
                + " ORDER BY at, kind, order_number", rs -> {
            BigDecimal debit = rs.getBigDecimal("debit");
            BigDecimal credit = rs.getBigDecimal("credit");
            running[0] = running[0].add(debit).subtract(credit);
            sums[0] = sums[0].add(debit);
            sums[1] = sums[1].add(credit);
            Instant at = rs.getTimestamp("at").toInstant();
            entries.add(new Statement.Entry(at, LocalDate.ofInstant(at, BsDate.NEPAL), rs.getString("kind"),
                    rs.getString("order_number"), rs.getString("method"), rs.getString("payment_id"), money(debit),
                    money(credit), money(running[0])));
        }, vendorId, buyerId, start, end);
        List<Statement.PlacedOrder> orders = jdbc.query("""
                        SELECT order_id, order_number, placed_at, status, total_amount FROM read_model.orders
                        WHERE vendor_id = ? AND buyer_id = ? AND placed_at >= ? AND placed_at < ?
                        ORDER BY placed_at, order_number""",
                (rs, row) -> new Statement.PlacedOrder(rs.getString("order_id"), rs.getString("order_number"),
                        LocalDate.ofInstant(rs.getTimestamp("placed_at").toInstant(), BsDate.NEPAL),
                        rs.getString("status"), money(rs.getBigDecimal("total_amount"))),
                vendorId, buyerId, start, end);
        List<Statement.Document> documents = jdbc.query("""
                        SELECT invoice_id, kind, number, order_number, issued_on, total_amount FROM read_model.invoices
                        WHERE vendor_id = ? AND buyer_id = ? AND issued_at >= ? AND issued_at < ?
                        ORDER BY issued_at, kind DESC, number""",
                (rs, row) -> {
                    BigDecimal total = rs.getBigDecimal("total_amount");
                    boolean credit = "CREDIT_NOTE".equals(rs.getString("kind"));
                    return new Statement.Document(rs.getString("invoice_id"), rs.getString("kind"),
                            rs.getString("number"), rs.getString("order_number"), rs.getDate("issued_on").toLocalDate(),
                            money(credit ? total.negate() : total));
                }, vendorId, buyerId, start, end);
        return Optional.of(new Statement(month, month.first(), month.last(), vendor.get(), buyer.get(), money(opening),
                money(sums[0]), money(sums[1]), money(running[0]), entries, orders, documents));
    }

    private Optional<Statement.Party> party(String userId) {
        return jdbc.query("SELECT display_name FROM read_model.users WHERE user_id = ?",
                (rs, row) -> new Statement.Party(userId, rs.getString(1)), userId).stream().findFirst();
    }

    private static Timestamp start(BsYearMonth month) {
        return Timestamp.from(month.start().atStartOfDay(BsDate.NEPAL).toInstant());
    }

    private static Timestamp end(BsYearMonth month) {
        return Timestamp.from(month.end().atStartOfDay(BsDate.NEPAL).toInstant());
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount);
    }
}
