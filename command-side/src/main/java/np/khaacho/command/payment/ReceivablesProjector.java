package np.khaacho.command.payment;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps what each buyer still owes per delivered order, for spreading one payment over several. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class ReceivablesProjector {

    private final JdbcTemplate jdbc;

    ReceivablesProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderDelivered event) {
        jdbc.update("""
                INSERT INTO write_model.receivables (order_id, buyer_id, due_date, balance) VALUES (?, ?, ?, ?)
                ON CONFLICT (order_id) DO NOTHING""",
                event.orderId().value(), event.buyerId().value(),
                event.dueDate() == null ? null : java.sql.Date.valueOf(event.dueDate()), event.totalAmount().amount());
    }

    @EventHandler
    void on(OrderPaymentRecorded event) {
        jdbc.update("UPDATE write_model.receivables SET balance = ? WHERE order_id = ?",
                event.balance().amount(), event.orderId().value());
    }

    @EventHandler
    void on(OrderPaid event) {
        jdbc.update("DELETE FROM write_model.receivables WHERE order_id = ?", event.orderId().value());
    }
}
