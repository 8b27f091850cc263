package np.khaacho.query.order;

import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.InboxOrder;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.PaymentStatus;
import np.khaacho.kernel.query.VendorInbox;
import np.khaacho.query.common.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the orders projection: one order, the order lists, an order's timeline, a vendor's inbox. */
@Repository
class OrderReader {

    private static final String ORDER_WITH_NAMES = """
            SELECT o.*, b.name AS buyer_name, v.name AS vendor_name,
                   (SELECT count(*) FROM read_model.order_lines l WHERE l.order_id = o.order_id) AS item_count
            FROM read_model.orders o
            LEFT JOIN read_model.order_parties b ON b.party_id = o.buyer_id
            LEFT JOIN read_model.order_parties v ON v.party_id = o.vendor_id
            """;

    private final JdbcTemplate jdbc;

    OrderReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrderView> find(String orderId) {
        return jdbc.query(ORDER_WITH_NAMES + " WHERE o.order_id = ?", (rs, n) -> view(rs, List.of()), orderId)
                .stream().findFirst()
                .map(order -> withItems(order, items(List.of(orderId)).getOrDefault(orderId, List.of())));
    }

    PageOf<OrderSummary> list(OrderListFilter filter, Paging paging) {
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, arguments);
        Long total = jdbc.queryForObject("SELECT count(*) FROM read_model.orders o" + where, Long.class,
                arguments.toArray());
        arguments.add(paging.size());
        arguments.add(paging.offset());
        List<OrderSummary> items = jdbc.query(ORDER_WITH_NAMES + where
                        + " ORDER BY o.created_at DESC, o.order_id DESC LIMIT ? OFFSET ?",
                (rs, n) -> summary(rs), arguments.toArray());
        return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
    }

    List<OrderTracking.Step> timeline(String orderId) {
        return jdbc.query("""
                SELECT * FROM read_model.order_timeline WHERE order_id = ? ORDER BY sequence_number""",
                (rs, n) -> new OrderTracking.Step(rs.getLong("sequence_number"), status(rs, "status"),
                        rs.getString("event_type"), instant(rs, "occurred_at"),
                        new OrderTracking.StepActor(rs.getString("actor_user_id"), rs.getString("actor_role"),
                                rs.getString("channel"), rs.getString("on_behalf_of")),
                        rs.getString("note")), orderId);
    }

    /** The orders awaiting the vendor, the most urgent first, with the seconds left as of {@code now}. */
    PageOf<InboxOrder> inbox(String vendorId, Paging paging, Instant now) {
        Long total = jdbc.queryForObject("""
                SELECT count(*) FROM read_model.orders WHERE vendor_id = ? AND status = 'AWAITING_VENDOR'""",
                Long.class, vendorId);
        List<OrderView> waiting = jdbc.query(ORDER_WITH_NAMES + """
                         WHERE o.vendor_id = ? AND o.status = 'AWAITING_VENDOR'
                        ORDER BY o.respond_by, o.created_at, o.order_id LIMIT ? OFFSET ?""",
                (rs, n) -> view(rs, List.of()), vendorId, paging.size(), paging.offset());
        Map<String, List<OrderView.Item>> items = items(waiting.stream().map(OrderView::id).toList());
        List<InboxOrder> orders = waiting.stream().map(order -> new InboxOrder(order.id(), order.orderNumber(),
                order.buyerId(), order.buyerName(), items.getOrDefault(order.id(), List.of()), order.totalAmount(),
                order.deliveryAddress(), order.createdAt(), order.respondBy(), secondsLeft(order.respondBy(), now)))
                .toList();
        return new PageOf<>(orders, paging.page(), paging.size(), total == null ? 0 : total);
    }

    VendorInbox wholeInbox(String vendorId, Instant now) {
        return new VendorInbox(vendorId, inbox(vendorId, Paging.ALL, now).items());
    }

    private static String where(OrderListFilter filter, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (filter.buyerId() != null) {
            conditions.add("o.buyer_id = ?");
            arguments.add(filter.buyerId());
        }
        if (filter.vendorId() != null) {
            conditions.add("o.vendor_id = ? AND o.placed_at IS NOT NULL");
            arguments.add(filter.vendorId());
        }
        if (filter.status() != null) {
            conditions.add("o.status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.from() != null) {
            conditions.add("o.created_at >= ?");
            arguments.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            conditions.add("o.created_at < ?");
            arguments.add(OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Map<String, List<OrderView.Item>> items(List<String> orderIds) {
        Map<String, List<OrderView.Item>> items = new HashMap<>();
        if (orderIds.isEmpty()) {
            return items;
        }
        jdbc.query("""
                SELECT * FROM read_model.order_lines WHERE order_id = ANY (?) ORDER BY order_id, line_no""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", orderIds.toArray())),
                rs -> {
                    items.computeIfAbsent(rs.getString("order_id"), id -> new ArrayList<>()).add(new OrderView.Item(
                            rs.getString("product_id"), rs.getString("sku"), rs.getString("name"),
                            Quantity.of(rs.getBigDecimal("quantity")), rs.getString("unit"),
                            Money.of(rs.getBigDecimal("unit_price")), Money.of(rs.getBigDecimal("subtotal"))));
                });
        return items;
    }

    private static OrderView view(ResultSet rs, List<OrderView.Item> items) throws SQLException {
        return new OrderView(rs.getString("order_id"), rs.getString("order_number"), status(rs, "status"),
                PaymentStatus.valueOf(rs.getString("payment_status")), rs.getString("buyer_id"),
                rs.getString("buyer_name"), rs.getString("vendor_id"), rs.getString("vendor_name"), items,
                Money.of(rs.getBigDecimal("total_amount")), Money.of(rs.getBigDecimal("paid_amount")),
                PaymentTerms.valueOf(rs.getString("payment_terms")), rs.getString("delivery_address"),
                rs.getObject("delivery_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("overdue"), instant(rs, "respond_by"), rs.getString("decline_reason"),
                instant(rs, "placed_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static OrderView withItems(OrderView o, List<OrderView.Item> items) {
        return new OrderView(o.id(), o.orderNumber(), o.status(), o.paymentStatus(), o.buyerId(), o.buyerName(),
                o.vendorId(), o.vendorName(), items, o.totalAmount(), o.paidAmount(), o.paymentTerms(),
                o.deliveryAddress(), o.deliveryDate(), o.dueDate(), o.overdue(), o.respondBy(), o.declineReason(),
                o.placedAt(), o.createdAt(), o.updatedAt());
    }

    private static OrderSummary summary(ResultSet rs) throws SQLException {
        return new OrderSummary(rs.getString("order_id"), rs.getString("order_number"), status(rs, "status"),
                PaymentStatus.valueOf(rs.getString("payment_status")), rs.getString("buyer_id"),
                rs.getString("buyer_name"), rs.getString("vendor_id"), rs.getString("vendor_name"),
                rs.getInt("item_count"), Money.of(rs.getBigDecimal("total_amount")),
                Money.of(rs.getBigDecimal("paid_amount")), rs.getObject("delivery_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("overdue"), instant(rs, "respond_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static long secondsLeft(Instant respondBy, Instant now) {
        return respondBy == null ? 0 : Math.max(0, Duration.between(now, respondBy).toSeconds());
    }

    private static OrderStatus status(ResultSet rs, String column) throws SQLException {
        String status = rs.getString(column);
        return status == null ? null : OrderStatus.valueOf(status);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
