package np.khaacho.command.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.whatsapp.WhatsAppMessageReceived;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The inbound messages and their fate, the one keeper of {@code whatsapp.inbound_messages}. Every
 * message enters here, whoever delivered it (Twilio's webhook or the local simulator): stored at most
 * once per MessageSid, announced as {@link WhatsAppMessageReceived} in the same transaction, and
 * whoever waits for news woken once it is committed. Readers claim the oldest unfinished message of
 * a phone whose earlier messages are all finished, so one buyer's messages are read in the order
 * they were sent, while different buyers' go in parallel; what came of a message is recorded here.
 */
@Component
public class InboundStore {

    private static final TypeReference<List<InboundMessage.Media>> MEDIA = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TRACE = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final UserDirectory users;
    private final EventGateway events;
    private final TransactionTemplate transactions;
    private final RowMapper<InboundMessage> mapper;
    private final Semaphore arrivals = new Semaphore(0);

    InboundStore(JdbcTemplate jdbc, ObjectMapper json, UserDirectory users, EventGateway events,
                 TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
        this.mapper = this::message;
    }

    /** @return whether the message is new (false: it was delivered before and is already stored) */
    boolean accept(InboundMessage message) {
        String media = write(message.media());
        String userId = users.byPhone(message.phone()).map(UserDirectory.User::id).orElse(null);
        Boolean stored = transactions.execute(tx -> {
            boolean fresh = jdbc.update("""
                    INSERT INTO whatsapp.inbound_messages
                        (message_sid, phone, user_id, profile_name, body, button_payload, replied_to_sid, media,
                         trace_context)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                    ON CONFLICT (message_sid) DO NOTHING""",
                    message.messageSid(), message.phone(), userId, message.profileName(), message.body(),
                    message.buttonPayload(), message.repliedToSid(), media,
                    message.trace().isEmpty() ? null : write(message.trace())) == 1;
            if (fresh) {
                events.publish(new WhatsAppMessageReceived(message.messageSid(), message.phone(), userId, Instant.now()));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        arrivals.release();
                    }
                });
            }
            return fresh;
        });
        return Boolean.TRUE.equals(stored);
    }

    /** Waits until a message is accepted (in this process), or at most that long. */
    public void awaitArrival(Duration atMost) throws InterruptedException {
        arrivals.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        arrivals.drainPermits();
    }

    /** Takes the next message to read, for the lease; one whose earlier reader died counts as unclaimed. */
    public Optional<InboundMessage> claimNext(Duration lease) {
        return jdbc.query("""
                UPDATE whatsapp.inbound_messages
                SET status = 'PROCESSING', attempts = attempts + 1,
                    claimed_until = now() + make_interval(secs => ?)
                WHERE message_sid = (
                    SELECT m.message_sid FROM whatsapp.inbound_messages m
                    WHERE ((m.status = 'RECEIVED' AND m.next_attempt_at <= now())
                           OR (m.status = 'PROCESSING' AND m.claimed_until < now()))
                      AND NOT EXISTS (SELECT 1 FROM whatsapp.inbound_messages e
                                      WHERE e.phone = m.phone AND e.seq < m.seq
                                        AND e.status IN ('RECEIVED', 'PROCESSING'))
                    ORDER BY m.seq
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING *""", mapper, (double) lease.toMillis() / 1000).stream().findFirst();
    }

    /**
     * How many messages this phone sent in the {@code window} up to and including this one (by the times they
     * were received).
     */
    public int sentWithin(InboundMessage message, Duration window) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp.inbound_messages
                WHERE phone = ? AND seq <= ? AND received_at > ?""",
                Integer.class, message.phone(), message.seq(), Timestamp.from(message.receivedAt().minus(window)));
        return count == null ? 0 : count;
    }

    /** Whether this phone was told, since then, that it sends too many messages. */
    public boolean toldToSlowDownSince(String phone, Instant since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM whatsapp.inbound_messages
                               WHERE phone = ? AND outcome = 'RATE_LIMITED' AND outcome_detail ->> 'told' = 'true'
                                 AND processed_at > ?)""", Boolean.class, phone, Timestamp.from(since)));
    }

    /** The message is finished: what it was read as (null: it was not read) and what came of it. */
    public void done(String messageSid, Reading reading, Outcome outcome) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'DONE', outcome = ?, outcome_detail = ?::jsonb, error = NULL,
                    processed_at = now(), claimed_until = NULL,
                    intent = ?, language = ?, ocr_text = ?, parse_result = ?::jsonb
                WHERE message_sid = ?""", outcome.name(), write(outcome.detail()),
                reading == null ? null : reading.result().intent().name(),
                reading == null ? null : reading.result().language(),
                reading == null ? null : reading.ocrText(),
                reading == null ? null : write(reading.result()), messageSid);
    }

    public void retryLater(String messageSid, String error, Duration delay) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'RECEIVED', error = ?, claimed_until = NULL,
                    next_attempt_at = now() + make_interval(secs => ?)
                WHERE message_sid = ?""", error, (double) delay.toMillis() / 1000, messageSid);
    }

    public void failed(String messageSid, String error) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'FAILED', outcome = 'FAILED', error = ?, processed_at = now(), claimed_until = NULL
                WHERE message_sid = ?""", error, messageSid);
    }

    /** Whether a yes to the summary that answered that message was recorded: its drafts were placed. */
    public boolean summaryConfirmed(String messageSid) {
        Integer placed = jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp.inbound_messages
                WHERE outcome = 'CONFIRMED' AND outcome_detail ->> 'summaryOf' = ?""", Integer.class, messageSid);
        return placed != null && placed > 0;
    }

    /**
     * The phone's latest message answered with a summary of goods (drafted, or with nothing that could be
     * drafted) since then: what was read of it, and the drafts it made.
     */
    public Optional<Summarized> latestSummarized(String phone, Instant since) {
        return jdbc.query("""
                SELECT message_sid, outcome_detail::text AS detail FROM whatsapp.inbound_messages
                WHERE phone = ? AND status = 'DONE' AND outcome IN ('DRAFTED', 'NOTHING_DRAFTED', 'NOTHING_MATCHED')
                  AND processed_at > ?
                ORDER BY seq DESC LIMIT 1""", (rs, n) -> summarized(rs.getString("message_sid"), rs.getString("detail")),
                phone, Timestamp.from(since)).stream().findFirst();
    }

    /**
     * What the buyer wrote for the line of this product in the message the order was drafted from, if it was
     * drafted from one and the line was read from it.
     */
    public Optional<String> askedFor(String orderId, String sku) {
        return jdbc.query("""
                SELECT message_sid, outcome_detail::text AS detail FROM whatsapp.inbound_messages
                WHERE outcome = 'DRAFTED' AND outcome_detail -> 'orderIds' @> jsonb_build_array(?::text)
                ORDER BY seq DESC LIMIT 1""", (rs, n) -> summarized(rs.getString("message_sid"), rs.getString("detail")),
                orderId).stream().findFirst()
                .flatMap(summary -> summary.items().stream().filter(item -> item.sku().equals(sku)).findFirst())
                .map(ParsedItem::text);
    }

    private Summarized summarized(String messageSid, String detail) {
        try {
            JsonNode tree = json.readTree(detail == null ? "{}" : detail);
            List<ParsedItem> items = new ArrayList<>();
            for (JsonNode item : tree.path("readItems")) {
                items.add(json.treeToValue(item, ParsedItem.class));
            }
            JsonNode unresolved = tree.has("readUnresolved") ? tree.path("readUnresolved") : tree.path("unresolved");
            List<String> missing = new ArrayList<>();
            unresolved.forEach(piece -> missing.add(piece.asText()));
            List<String> orderIds = new ArrayList<>();
            tree.path("orderIds").forEach(id -> orderIds.add(id.asText()));
            return new Summarized(messageSid, items, missing, orderIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome of " + messageSid + " is not JSON", e);
        }
    }

    /** A message answered with a summary: the goods read of it, the words that matched nothing, its drafts. */
    public record Summarized(String messageSid, List<ParsedItem> items, List<String> unresolved, List<String> orderIds) {
    }

    /** A phone's inbound messages (everyone's when null), newest first. */
    public List<Entry> history(String phone, int limit) {
        String select = """
                SELECT message_sid, phone, user_id, profile_name, body, button_payload, replied_to_sid,
                       media::text AS media, received_at, status, intent, language, ocr_text,
                       parse_result::text AS parse_result, outcome, outcome_detail::text AS outcome_detail,
                       error, processed_at
                FROM whatsapp.inbound_messages""";
        return phone == null
                ? jdbc.query(select + " ORDER BY seq DESC LIMIT ?", this::row, limit)
                : jdbc.query(select + " WHERE phone = ? ORDER BY seq DESC LIMIT ?", this::row, phone, limit);
    }

    private Entry row(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getString("message_sid"), rs.getString("phone"), rs.getString("user_id"),
                rs.getString("profile_name"), rs.getString("body"), rs.getString("button_payload"),
                rs.getString("replied_to_sid"), read(rs.getString("media")), instant(rs.getTimestamp("received_at")),
                rs.getString("status"), rs.getString("intent"), rs.getString("language"), rs.getString("ocr_text"),
                tree(rs.getString("parse_result")), rs.getString("outcome"), tree(rs.getString("outcome_detail")),
                rs.getString("error"), instant(rs.getTimestamp("processed_at")));
    }

    /** One inbound message with what became of it, as the history shows it. */
    public record Entry(String messageSid, String phone, String userId, String profileName, String body,
                      String buttonPayload, String repliedToSid, List<InboundMessage.Media> media,
                      Instant receivedAt, String status, String intent, String language, String ocrText,
                      Object reading, String outcome, Object outcomeDetail, String error, Instant processedAt) {
    }

    private InboundMessage message(ResultSet rs, int n) throws SQLException {
        return new InboundMessage(rs.getLong("seq"), rs.getString("message_sid"), rs.getString("phone"),
                rs.getString("profile_name"), rs.getString("body"), rs.getString("button_payload"),
                rs.getString("replied_to_sid"), read(rs.getString("media")), instant(rs.getTimestamp("received_at")),
                rs.getInt("attempts"), trace(rs.getString("trace_context")));
    }

    private Map<String, String> trace(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, TRACE);
        } catch (JsonProcessingException e) {
            return Map.of(); // a trace context unread costs the trace, never the message
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private List<InboundMessage.Media> read(String media) {
        try {
            return media == null ? List.of() : json.readValue(media, MEDIA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored media list is not JSON", e);
        }
    }

    private Object tree(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not JSON", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
