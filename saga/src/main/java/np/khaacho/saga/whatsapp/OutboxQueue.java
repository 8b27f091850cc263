package np.khaacho.saga.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The relay's side of {@code messaging.outbox}. A claim marks due rows as taken by one claimer for
 * a while, in one short statement ({@code FOR UPDATE SKIP LOCKED}: claimers never wait for each
 * other nor take the same row); every later change names the claimer, so a claimer whose claim ran
 * out and was taken over changes nothing. A login code's sealed copy leaves the row with the row's
 * last attempt (sent or failed); a code that expired while waiting is never claimed (the auth cleanup
 * fails its message).
 */
class OutboxQueue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TRACE = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    OutboxQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims due messages, each with the moment its backup was begun if this database was restored within
     * {@code afterRestore}.
     */
    List<QueuedMessage> claim(String claimer, int limit, Duration claimFor, Duration afterRestore) {
        return jdbc.query("""
                        UPDATE messaging.outbox SET claimed_by = ?, claimed_until = now() + make_interval(secs => ?)
                        WHERE id IN (
                            SELECT id FROM messaging.outbox
                            WHERE status = 'PENDING' AND next_attempt_at <= now()
                              AND (claimed_until IS NULL OR claimed_until < now())
                              AND (sealed_code_expires_at IS NULL OR sealed_code_expires_at > now())
                            ORDER BY id LIMIT ?
                            FOR UPDATE SKIP LOCKED)
                        RETURNING id, dedup_key, phone, kind, body, sealed_code, attempts, send_started_at, media_url,
                            trace_context::text AS trace_context,
                            (SELECT max(backup_began_at) FROM messaging.restores
                             WHERE recorded_at > now() - make_interval(secs => ?)) AS restored_from""",
                        (rs, row) -> new QueuedMessage(rs.getLong("id"), rs.getString("dedup_key"),
                                rs.getString("phone"), rs.getString("kind"), rs.getString("body"),
                                rs.getString("sealed_code"), rs.getInt("attempts"),
                                instant(rs.getTimestamp("send_started_at")), instant(rs.getTimestamp("restored_from")),
                                rs.getString("media_url"), trace(rs.getString("trace_context"))),
                        claimer, claimFor.toMillis() / 1000.0, limit, afterRestore.toMillis() / 1000.0)
                .stream().sorted(Comparator.comparingLong(QueuedMessage::id)).toList();
    }

    /**
     * Holds the claim on a message for another while, just before it is sent, and notes that its send
     * begins; false once it is not this claimer's.
     */
    boolean renew(QueuedMessage message, String claimer, Duration claimFor) {
        return jdbc.update("""
                UPDATE messaging.outbox
                SET claimed_until = now() + make_interval(secs => ?), send_started_at = clock_timestamp()
                WHERE id = ? AND claimed_by = ? AND status = 'PENDING'""",
                claimFor.toMillis() / 1000.0, message.id(), claimer) == 1;
    }

    boolean sent(QueuedMessage message, String claimer, int calls, SendForm form, String providerSid) {
        return jdbc.update("""
                UPDATE messaging.outbox
                SET status = 'SENT', sent_at = now(), provider_sid = ?, send_form = ?, attempts = attempts + ?,
                    sealed_code = NULL, claimed_by = NULL, claimed_until = NULL, send_started_at = NULL
                WHERE id = ? AND claimed_by = ? AND status = 'PENDING'""",
                providerSid, form.name(), calls, message.id(), claimer) == 1;
    }

    boolean failed(QueuedMessage message, String claimer, int calls, SendForm form, String error) {
        return jdbc.update("""
                UPDATE messaging.outbox
                SET status = 'FAILED', last_error = ?, send_form = ?, attempts = attempts + ?,
                    sealed_code = NULL, claimed_by = NULL, claimed_until = NULL, send_started_at = NULL
                WHERE id = ? AND claimed_by = ? AND status = 'PENDING'""",
                error, form == null ? null : form.name(), calls, message.id(), claimer) == 1;
    }

    boolean later(QueuedMessage message, String claimer, int calls, String error, Duration wait) {
        return jdbc.update("""
                UPDATE messaging.outbox
                SET last_error = COALESCE(?, last_error), attempts = attempts + ?,
                    next_attempt_at = now() + make_interval(secs => ?), claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND claimed_by = ? AND status = 'PENDING'""",
                error, calls, wait.toMillis() / 1000.0, message.id(), claimer) == 1;
    }

    /** Whether another outbox message already holds this Twilio message id. */
    boolean sidTaken(String providerSid) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM messaging.outbox WHERE provider_sid = ?)", Boolean.class, providerSid));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Gives claimed messages back untouched, for whoever claims next. */
    void release(List<QueuedMessage> messages, String claimer) {
        for (QueuedMessage message : messages) {
            jdbc.update("""
                    UPDATE messaging.outbox SET claimed_by = NULL, claimed_until = NULL
                    WHERE id = ? AND claimed_by = ?""", message.id(), claimer);
        }
    }

    private static Map<String, String> trace(String stored) {
        try {
            return stored == null ? Map.of() : JSON.readValue(stored, TRACE);
        } catch (JsonProcessingException e) {
            return Map.of(); // a trace context unread costs the trace, never the message
        }
    }
}
