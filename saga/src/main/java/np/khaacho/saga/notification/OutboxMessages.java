package np.khaacho.saga.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues outbound messages in {@code messaging.outbox}, in the transaction of the event that caused
 * them; whoever sends them (the Twilio relay) hears of a new one as soon as it is committed. Queuing is a
 * span of the current trace, whose context the row keeps ({@code trace_context}): sending continues it.
 */
public class OutboxMessages implements OutboundMessages {

    private final JdbcTemplate jdbc;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<OutboxListener> listeners;
    private final ObservationRegistry observations;

    public OutboxMessages(JdbcTemplate jdbc) {
        this(jdbc, List.of(), ObservationRegistry.NOOP);
    }

    public OutboxMessages(JdbcTemplate jdbc, List<OutboxListener> listeners, ObservationRegistry observations) {
        this.jdbc = jdbc;
        this.listeners = List.copyOf(listeners);
        this.observations = observations;
    }

    /** A redelivered event (after a rollback, or from the dead-letter queue) finds its message already queued. */
    @Override
    public void send(OutboundMessage message) {
        Map<String, String> trace = new HashMap<>();
        SenderContext<Map<String, String>> context = new SenderContext<>(Map::put, Kind.PRODUCER);
        context.setCarrier(trace);
        int queued = Observation.createNotStarted("khaacho.whatsapp.outbound.queued", () -> context, observations)
                .lowCardinalityKeyValue("kind", message.kind().name())
                .observe(() -> jdbc.update("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, order_id, event_id,
                                              sealed_code, sealed_code_expires_at, media_url, trace_context)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (dedup_key) DO NOTHING""",
                message.dedupKey(), message.recipientId(), message.phone(), message.language(),
                message.kind().name(), message.body(), message.orderId(), message.eventId(),
                message.loginCode() == null ? null : message.loginCode().sealed(),
                message.loginCode() == null ? null : Timestamp.from(message.loginCode().expiresAt()),
                message.mediaUrl(), json(trace)));
        if (queued > 0 && !listeners.isEmpty()) {
            afterCommit(() -> listeners.forEach(OutboxListener::queued));
        }
    }

    private static String json(Map<String, String> trace) {
        try {
            return trace.isEmpty() ? null : JSON.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            return null; // without its trace context the message still goes out
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
