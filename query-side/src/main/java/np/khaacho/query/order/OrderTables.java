package np.khaacho.query.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.PaymentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes of the orders projection. A change to an order row applies only if the event is newer than
 * the last one the row applied, so a redelivered event changes nothing; each method says whether it applied.
 */
@Repository
class OrderTables {

    private final JdbcTemplate jdbc;

    OrderTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a draft and a placed order both start with; a placed draft starts again from the same lines. */
    record Start(String orderId, String orderNumber, OrderStatus status, String buyerId, String vendorId,
                 PaymentTerms paymentTerms, Money totalAmount, String deliveryAddress, List<OrderLine> lines,
                 boolean placed) {
    }

    boolean start(Start order, EventContext event) {
        OffsetDateTime at = at(event.occurredAt());
        boolean applied = jdbc.update("""
                INSERT INTO read_model.orders (order_id, order_number, status, buyer_id, vendor_id, payment_terms,
                                               total_amount, delivery_address, placed_at, created_at, updated_at,
                                               last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET
                    status = excluded.status, payment_terms = excluded.payment_terms,
                    total_amount = excluded.total_amount, delivery_address = excluded.delivery_address,
                    placed_at = excluded.placed_at, updated_at = excluded.updated_at,
                    last_sequence = excluded.last_sequence
                WHERE read_model.orders.last_sequence < excluded.last_sequence""",
                order.orderId(), order.orderNumber(), order.status().name(), order.buyerId(), order.vendorId(),
                order.paymentTerms().name(), order.totalAmount().amount(), order.deliveryAddress(),
                order.placed() ? at : null, at, at, event.sequence()) > 0;
        if (applied) {
            replaceLines(order.orderId(), order.lines());
        }
        return applied;
    }

    boolean status(String orderId, OrderStatus status, EventContext event) {
        return update(orderId, event, "status = ?", status.name());
    }

    boolean awaitingVendor(String orderId, Instant respondBy, EventContext event) {
        return update(orderId, event, "status = ?, respond_by = ?", OrderStatus.AWAITING_VENDOR.name(), at(respondBy));
    }

    boolean respondBy(String orderId, Instant respondBy, EventContext event) {
        return update(orderId, event, "respond_by = ?", at(respondBy));
    }

    boolean confirmed(String orderId, LocalDate deliveryDate, EventContext event) {
        return update(orderId, event, "status = ?, delivery_date = ?", OrderStatus.CONFIRMED.name(), deliveryDate);
    }

    boolean partiallyConfirmed(String orderId, LocalDate deliveryDate, Money total, List<OrderLine> lines,
                               EventContext event) {
        boolean applied = update(orderId, event, "status = ?, delivery_date = ?, total_amount = ?",
                OrderStatus.CONFIRMED.name(), deliveryDate, total.amount());
        if (applied) {
            replaceLines(orderId, lines);
        }
        return applied;
    }

    boolean declined(String orderId, String reason, EventContext event) {
        return update(orderId, event, "status = ?, decline_reason = ?", OrderStatus.DECLINED.name(), reason);
    }

    boolean delivered(String orderId, LocalDate dueDate, EventContext event) {
        return update(orderId, event, "status = ?, due_date = ?", OrderStatus.DELIVERED.name(), dueDate);
    }

    boolean paymentRecorded(String orderId, Money paidAmount, PaymentStatus paymentStatus, EventContext event) {
        return update(orderId, event, "paid_amount = ?, payment_status = ?", paidAmount.amount(), paymentStatus.name());
    }

    boolean paid(String orderId, Money paidAmount, EventContext event) {
        // paid in full is no longer late
        return update(orderId, event, "status = ?, paid_amount = ?, payment_status = ?, overdue = false",
                OrderStatus.PAID.name(), paidAmount.amount(), PaymentStatus.PAID.name());
    }

    boolean overdue(String orderId, EventContext event) {
        return update(orderId, event, "overdue = true");
    }

    /** One timeline entry per event, keyed by its sequence number: a redelivered event adds nothing. */
    void timeline(String orderId, OrderStatus status, String eventType, String note, EventContext event) {
        jdbc.update("""
                INSERT INTO read_model.order_timeline (order_id, sequence_number, status, event_type, occurred_at,
                                                       actor_user_id, actor_role, channel, on_behalf_of, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id, sequence_number) DO NOTHING""",
                orderId, event.sequence(), status == null ? null : status.name(), eventType, at(event.occurredAt()),
                event.userId(), event.role(), event.channel(), event.onBehalfOf(), note);
    }

    void party(String partyId, String role, String name) {
        jdbc.update("""
                INSERT INTO read_model.order_parties (party_id, role, name) VALUES (?, ?, ?)
                ON CONFLICT (party_id) DO NOTHING""", partyId, role, name);
    }

    void truncateOrders() {
        jdbc.execute("TRUNCATE read_model.orders, read_model.order_lines, read_model.order_timeline");
    }

    void truncateParties() {
        jdbc.execute("TRUNCATE read_model.order_parties");
    }

    private boolean update(String orderId, EventContext event, String assignments, Object... values) {
        // Arrays.asList, not List.of: a value may be null (a cash-on-delivery order has no due date)
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.add(at(event.occurredAt()));
        arguments.add(event.sequence());
        arguments.add(orderId);
        arguments.add(event.sequence());
        return jdbc.update("UPDATE read_model.orders SET " + assignments + ", updated_at = ?, last_sequence = ?"
                + " WHERE order_id = ? AND last_sequence < ?", arguments.toArray()) > 0;
    }

    private void replaceLines(String orderId, List<OrderLine> lines) {
        jdbc.update("DELETE FROM read_model.order_lines WHERE order_id = ?", orderId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            rows.add(new Object[]{orderId, i + 1, line.productId().value(), line.sku(), line.name(), line.unit(),
                    line.quantity().value(), line.unitPrice().amount(), line.subtotal().amount()});
        }
        jdbc.batchUpdate("""
                INSERT INTO read_model.order_lines (order_id, line_no, product_id, sku, name, unit, quantity,
                                                   unit_price, subtotal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
