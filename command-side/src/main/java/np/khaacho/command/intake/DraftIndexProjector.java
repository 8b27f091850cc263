package np.khaacho.command.intake;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the drafts still waiting for the buyer, by the message they were made from. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class DraftIndexProjector {

    private final JdbcTemplate jdbc;

    DraftIndexProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderDrafted event) {
        jdbc.update("INSERT INTO write_model.drafts (order_id, message_id, buyer_id) VALUES (?, ?, ?)",
                event.orderId().value(), event.messageId(), event.header().buyerId().value());
    }

    @EventHandler
    void on(OrderPlaced event) {
        forget(event.orderId().value());
    }

    @EventHandler
    void on(OrderDraftDiscarded event) {
        forget(event.orderId().value());
    }

    @EventHandler
    void on(OrderExpired event) {
        forget(event.orderId().value());
    }

    private void forget(String orderId) {
        jdbc.update("DELETE FROM write_model.drafts WHERE order_id = ?", orderId);
    }
}
