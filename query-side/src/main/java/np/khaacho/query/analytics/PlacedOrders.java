package np.khaacho.query.analytics;

import np.khaacho.kernel.order.OrderLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The placed orders as the analytics know them ({@code analytics_orders} and their standing lines):
 * what a later event of an order needs to move the figures of the day the order was placed on.
 */
@Repository
class PlacedOrders {

    /** A placed order: its day, parties, standing value, when the vendor was asked, and how it ended if it failed. */
    record PlacedOrder(String orderId, LocalDate day, String buyerId, String vendorId, BigDecimal total,
                       Instant placedAt, Instant askedAt, boolean confirmed, boolean delivered, Outcome outcome) {

        boolean standing() {
            return outcome == null;
        }
    }

    /** A standing line: what it adds to its product's figures. */
    record Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal subtotal) {

        static Line of(OrderLine line) {
            return new Line(line.productId().value(), line.sku(), line.name(), line.quantity().value(),
                    line.subtotal().amount());
        }

        Line negated() {
            return new Line(productId, sku, name, quantity.negate(), subtotal.negate());
        }
    }

    private final JdbcTemplate jdbc;

    PlacedOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a newly placed order with its lines; false if it was already recorded (a redelivery). */
    boolean add(PlacedOrder order, List<Line> lines, long sequence) {
        boolean added = jdbc.update("""
                INSERT INTO read_model.analytics_orders (order_id, day, buyer_id, vendor_id, total, placed_at,
                                                         last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.day(), order.buyerId(), order.vendorId(), order.total(), at(order.placedAt()),
                sequence) > 0;
        if (added) {
            insertLines(order.orderId(), lines);
        }
        return added;
    }

    /**
     * Marks the event as applied to the order and answers the order as it was, or nothing when the
     * event is not newer than the last applied one, or the order was never placed (a draft).
     */
    Optional<PlacedOrder> claim(String orderId, long sequence) {
        return jdbc.query("""
                UPDATE read_model.analytics_orders SET last_sequence = ?
                WHERE order_id = ? AND last_sequence < ?
                RETURNING order_id, day, buyer_id, vendor_id, total, placed_at, asked_at, confirmed, delivered,
                          outcome""", ROW, sequence, orderId, sequence).stream().findFirst();
    }

    List<Line> lines(String orderId) {
        return jdbc.query("""
                SELECT product_id, sku, name, quantity, subtotal FROM read_model.analytics_order_lines
                WHERE order_id = ? ORDER BY line_no""",
                (rs, n) -> new Line(rs.getString("product_id"), rs.getString("sku"), rs.getString("name"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("subtotal")), orderId);
    }

    void replaceLines(String orderId, List<Line> lines) {
        jdbc.update("DELETE FROM read_model.analytics_order_lines WHERE order_id = ?", orderId);
        insertLines(orderId, lines);
    }

    void askedAt(String orderId, Instant at) {
        jdbc.update("UPDATE read_model.analytics_orders SET asked_at = ? WHERE order_id = ?", at(at), orderId);
    }

    void confirmed(String orderId) {
        jdbc.update("UPDATE read_model.analytics_orders SET confirmed = true WHERE order_id = ?", orderId);
    }

    void delivered(String orderId) {
        jdbc.update("UPDATE read_model.analytics_orders SET delivered = true WHERE order_id = ?", orderId);
    }

    void total(String orderId, BigDecimal total) {
        jdbc.update("UPDATE read_model.analytics_orders SET total = ? WHERE order_id = ?", total, orderId);
    }

    void failed(String orderId, Outcome outcome) {
        jdbc.update("UPDATE read_model.analytics_orders SET outcome = ? WHERE order_id = ?", outcome.name(), orderId);
    }

    void truncate() {
        jdbc.execute("TRUNCATE read_model.analytics_orders, read_model.analytics_order_lines");
    }

    private void insertLines(String orderId, List<Line> lines) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            rows.add(new Object[]{orderId, i + 1, line.productId(), line.sku(), line.name(), line.quantity(),
                    line.subtotal()});
        }
        jdbc.batchUpdate("""
                INSERT INTO read_model.analytics_order_lines (order_id, line_no, product_id, sku, name, quantity,
                                                             subtotal)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static final RowMapper<PlacedOrder> ROW = (rs, n) -> new PlacedOrder(rs.getString("order_id"),
            rs.getObject("day", LocalDate.class), rs.getString("buyer_id"), rs.getString("vendor_id"),
            rs.getBigDecimal("total"), instant(rs.getTimestamp("placed_at")), instant(rs.getTimestamp("asked_at")),
            rs.getBoolean("confirmed"), rs.getBoolean("delivered"),
            rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
