package np.khaacho.command.order;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers whose an order is, so the command API can check ownership before sending a command. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class OrderIndexProjector {

    private final JdbcTemplate jdbc;

    OrderIndexProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlaced event) {
        jdbc.update("INSERT INTO write_model.order_index (order_id, order_number, buyer_id, vendor_id) VALUES (?, ?, ?, ?)",
                event.orderId().value(), event.orderNumber(), event.buyerId().value(), event.vendorId().value());
    }
}
