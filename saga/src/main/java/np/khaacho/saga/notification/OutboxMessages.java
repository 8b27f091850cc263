package np.khaacho.saga.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.util.List;

/**
 * Queues outbound messages in {@code messaging.outbox}, in the transaction of the event that caused
 * them; whoever sends them (the Twilio relay) hears of a new one as soon as it is committed.
 */
public class OutboxMessages implements OutboundMessages {

    private final JdbcTemplate jdbc;
    private final List<OutboxListener> listeners;

    public OutboxMessages(JdbcTemplate jdbc) {
        this(jdbc, List.of());
    }

    public OutboxMessages(JdbcTemplate jdbc, List<OutboxListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = List.copyOf(listeners);
    }

    /** A redelivered event (after a rollback, or from the dead-letter queue) finds its message already queued. */
    @Override
    public void send(OutboundMessage message) {
        int queued = jdbc.update("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, order_id, event_id,
                                              sealed_code, sealed_code_expires_at, media_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dedup_key) DO NOTHING""",
                message.dedupKey(), message.recipientId(), message.phone(), message.language(),
                message.kind().name(), message.body(), message.orderId(), message.eventId(),
                message.loginCode() == null ? null : message.loginCode().sealed(),
                message.loginCode() == null ? null : Timestamp.from(message.loginCode().expiresAt()),
                message.mediaUrl());
        if (queued > 0 && !listeners.isEmpty()) {
            afterCommit(() -> listeners.forEach(OutboxListener::queued));
        }
    }

    /** Before the commit the row is invisible to a sender, which would find nothing and go back to sleep. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
