package np.khaacho.command.order;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers whose an order is, so the command API can check ownership before sending a command. An
 * order gets its number when drafted; placing the draft later finds the row already there.
 */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class OrderIndexProjector {

    private final JdbcTemplate jdbc;

    OrderIndexProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderDrafted event) {
        remember(event.orderId(), event.header());
    }

    @EventHandler
    void on(OrderPlaced event) {
        remember(event.orderId(), event.header());
    }

    private void remember(OrderId orderId, OrderHeader header) {
        jdbc.update("""
                INSERT INTO write_model.order_index (order_id, order_number, buyer_id, vendor_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                orderId.value(), header.orderNumber(), header.buyerId().value(), header.vendorId().value());
    }
}
