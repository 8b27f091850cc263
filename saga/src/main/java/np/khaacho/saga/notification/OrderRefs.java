package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderPlaced;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The orders messages talk about, in {@code messaging.order_refs}. */
@Component
class OrderRefs {

    /** An order placed directly (not from a WhatsApp draft) is written about in English. */
    private static final String DEFAULT_LANGUAGE = "en";

    private final JdbcTemplate jdbc;

    OrderRefs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void drafted(OrderDrafted event) {
        insertIfAbsent(event.orderId(), event.header(), event.language(), event.totalAmount());
    }

    /** A placed draft keeps the language its buyer wrote in. */
    void placed(OrderPlaced event) {
        insertIfAbsent(event.orderId(), event.header(), DEFAULT_LANGUAGE, event.totalAmount());
    }

    void retotalled(OrderId orderId, Money totalAmount) {
        jdbc.update("UPDATE messaging.order_refs SET total_amount = ? WHERE order_id = ?",
                totalAmount.amount(), orderId.value());
    }

    /** Fails when the order is unknown: the event then waits in the dead-letter queue instead of going unsent. */
    OrderRef require(OrderId orderId) {
        return jdbc.query("""
                        SELECT order_id, order_number, buyer_id, vendor_id, language, total_amount
                        FROM messaging.order_refs WHERE order_id = ?""",
                        (rs, row) -> new OrderRef(rs.getString("order_id"), rs.getString("order_number"),
                                rs.getString("buyer_id"), rs.getString("vendor_id"), rs.getString("language"),
                                Money.of(rs.getBigDecimal("total_amount"))), orderId.value())
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no order reference for " + orderId));
    }

    private void insertIfAbsent(OrderId orderId, OrderHeader header, String language, Money totalAmount) {
        jdbc.update("""
                INSERT INTO messaging.order_refs (order_id, order_number, buyer_id, vendor_id, language, total_amount)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                orderId.value(), header.orderNumber(), header.buyerId().value(), header.vendorId().value(), language,
                totalAmount.amount());
    }
}
