package np.khaacho.query.receivable;

import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.PaymentReminded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Deliveries, order payments and payment reminders, as the receivables view reads them. */
@Component
@ProcessingGroup("receivables-projection")
class ReceivablesProjection {

    private final JdbcTemplate jdbc;

    ReceivablesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderDelivered e, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO read_model.receivable_deliveries (order_id, buyer_id, total_amount, due_date, delivered_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                e.orderId().value(), e.buyerId().value(), e.totalAmount().amount(),
                e.dueDate() == null ? null : Date.valueOf(e.dueDate()), utc(at));
    }

    @EventHandler
    void on(OrderPaymentRecorded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO read_model.receivable_payments (order_id, sequence_number, payment_id, amount, method, paid_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.orderId().value(), sequence, e.paymentId(), e.amount().amount(), e.method().name(), utc(at));
    }

    @EventHandler
    void on(PaymentReminded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO read_model.receivable_reminders (order_id, sequence_number, overdue, balance, reminded_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.orderId().value(), sequence, e.overdue(), e.balance().amount(), utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.receivable_deliveries, read_model.receivable_payments, "
                + "read_model.receivable_reminders");
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
