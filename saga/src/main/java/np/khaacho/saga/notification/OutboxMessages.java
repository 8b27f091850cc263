package np.khaacho.saga.notification;

import org.springframework.jdbc.core.JdbcTemplate;

/** Queues outbound messages in {@code messaging.outbox}, in the transaction of the event that caused them. */
public class OutboxMessages implements OutboundMessages {

    private final JdbcTemplate jdbc;

    public OutboxMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A redelivered event (after a rollback, or from the dead-letter queue) finds its message already queued. */
    @Override
    public void send(OutboundMessage message) {
        jdbc.update("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, order_id, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dedup_key) DO NOTHING""",
                message.dedupKey(), message.recipientId(), message.phone(), message.language(),
                message.kind().name(), message.body(), message.orderId(), message.eventId());
    }
}
