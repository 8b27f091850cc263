package np.khaacho.query.analytics;

import np.khaacho.query.analytics.PlacedOrders.Line;
import np.khaacho.query.analytics.PlacedOrders.PlacedOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes of the daily figures: the whole market's, per vendor, per buyer and per product. Every
 * change is an increment on the row of the order's placement day, so the order in which different
 * orders' events arrive does not matter; {@link PlacedOrders} makes sure each event counts once.
 */
@Repository
class DailyFigures {

    private final JdbcTemplate jdbc;

    DailyFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void placed(PlacedOrder order, List<Line> lines) {
        int newBuyer = jdbc.update("""
                INSERT INTO read_model.daily_buyer_analytics (day, buyer_id) VALUES (?, ?)
                ON CONFLICT (day, buyer_id) DO NOTHING""", order.day(), order.buyerId());
        jdbc.update("""
                UPDATE read_model.daily_buyer_analytics SET orders = orders + 1, revenue = revenue + ?
                WHERE day = ? AND buyer_id = ?""", order.total(), order.day(), order.buyerId());
        int newVendor = jdbc.update("""
                INSERT INTO read_model.daily_vendor_analytics (day, vendor_id) VALUES (?, ?)
                ON CONFLICT (day, vendor_id) DO NOTHING""", order.day(), order.vendorId());
        jdbc.update("""
                UPDATE read_model.daily_vendor_analytics SET orders = orders + 1, revenue = revenue + ?
                WHERE day = ? AND vendor_id = ?""", order.total(), order.day(), order.vendorId());
        jdbc.update("""
                INSERT INTO read_model.daily_analytics AS d (day, orders, revenue, distinct_buyers, distinct_vendors)
                VALUES (?, 1, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET
                    orders = d.orders + 1, revenue = d.revenue + excluded.revenue,
                    distinct_buyers = d.distinct_buyers + excluded.distinct_buyers,
                    distinct_vendors = d.distinct_vendors + excluded.distinct_vendors""",
                order.day(), order.total(), newBuyer, newVendor);
        products(order.day(), lines);
    }

    /** The order's standing value changed by {@code delta} (a partial confirmation). */
    void revalued(PlacedOrder order, BigDecimal delta) {
        jdbc.update("UPDATE read_model.daily_analytics SET revenue = revenue + ? WHERE day = ?", delta, order.day());
        jdbc.update("UPDATE read_model.daily_vendor_analytics SET revenue = revenue + ? WHERE day = ? AND vendor_id = ?",
                delta, order.day(), order.vendorId());
        revaluedBuyer(order, delta);
    }

    /** The order failed: its value leaves the day's revenue and the failure is counted. */
    void failed(PlacedOrder order, Outcome outcome, List<Line> lines) {
        String column = outcome.column();
        jdbc.update("UPDATE read_model.daily_analytics SET revenue = revenue - ?, " + column + " = " + column
                + " + 1 WHERE day = ?", order.total(), order.day());
        jdbc.update("UPDATE read_model.daily_vendor_analytics SET revenue = revenue - ?, " + column + " = " + column
                + " + 1 WHERE day = ? AND vendor_id = ?", order.total(), order.day(), order.vendorId());
        revaluedBuyer(order, order.total().negate());
        products(order.day(), lines.stream().map(Line::negated).toList());
    }

    void confirmed(PlacedOrder order, long secondsToConfirm) {
        jdbc.update("UPDATE read_model.daily_analytics SET confirmed = confirmed + 1 WHERE day = ?", order.day());
        jdbc.update("""
                UPDATE read_model.daily_vendor_analytics
                SET confirmed = confirmed + 1, confirmation_seconds_total = confirmation_seconds_total + ?
                WHERE day = ? AND vendor_id = ?""", secondsToConfirm, order.day(), order.vendorId());
    }

    void delivered(PlacedOrder order) {
        jdbc.update("UPDATE read_model.daily_analytics SET delivered = delivered + 1 WHERE day = ?", order.day());
        jdbc.update("UPDATE read_model.daily_vendor_analytics SET delivered = delivered + 1 WHERE day = ? AND vendor_id = ?",
                order.day(), order.vendorId());
    }

    /** Adds the lines to their products' figures of the day (negated lines take them away). */
    void products(LocalDate day, List<Line> lines) {
        jdbc.batchUpdate("""
                INSERT INTO read_model.daily_product_analytics AS d (day, product_id, sku, name, quantity, revenue)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, product_id) DO UPDATE SET
                    quantity = d.quantity + excluded.quantity, revenue = d.revenue + excluded.revenue""",
                lines.stream().map(line -> new Object[]{day, line.productId(), line.sku(), line.name(),
                        line.quantity(), line.subtotal()}).toList());
    }

    void party(String partyId, String role, String name) {
        jdbc.update("""
                INSERT INTO read_model.analytics_parties (party_id, role, name) VALUES (?, ?, ?)
                ON CONFLICT (party_id) DO UPDATE SET role = excluded.role, name = excluded.name""",
                partyId, role, name);
    }

    void truncate() {
        jdbc.execute("""
                TRUNCATE read_model.daily_analytics, read_model.daily_vendor_analytics,
                         read_model.daily_buyer_analytics, read_model.daily_product_analytics,
                         read_model.analytics_parties""");
    }

    private void revaluedBuyer(PlacedOrder order, BigDecimal delta) {
        jdbc.update("UPDATE read_model.daily_buyer_analytics SET revenue = revenue + ? WHERE day = ? AND buyer_id = ?",
                delta, order.day(), order.buyerId());
    }
}
