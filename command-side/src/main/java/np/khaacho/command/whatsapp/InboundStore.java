package np.khaacho.command.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbound messages and their fate. A message is stored at most once per MessageSid; workers
 * claim the oldest unfinished message of a phone whose earlier messages are all finished, so one
 * buyer's messages are read in the order they were sent, while different buyers' go in parallel.
 */
@Component
public class InboundStore {

    private static final TypeReference<List<InboundMessage.Media>> MEDIA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<InboundMessage> mapper;

    InboundStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = this::message;
    }

    /** @return whether the message is new (false: Twilio delivered it before) */
    boolean storeIfAbsent(InboundMessage message, String userId) {
        return jdbc.update("""
                INSERT INTO whatsapp.inbound_messages
                    (message_sid, phone, user_id, profile_name, body, button_payload, replied_to_sid, media)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (message_sid) DO NOTHING""",
                message.messageSid(), message.phone(), userId, message.profileName(), message.body(),
                message.buttonPayload(), message.repliedToSid(), write(message.media())) == 1;
    }

    /** Takes the next message to read, for the lease; one whose earlier reader died counts as unclaimed. */
    Optional<InboundMessage> claimNext(Duration lease) {
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

    void recordReading(String messageSid, String intent, String language, String ocrText, Object parseResult) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages SET intent = ?, language = ?, ocr_text = ?, parse_result = ?::jsonb
                WHERE message_sid = ?""", intent, language, ocrText, write(parseResult), messageSid);
    }

    void done(String messageSid, Outcome outcome) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'DONE', outcome = ?, outcome_detail = ?::jsonb, error = NULL,
                    processed_at = now(), claimed_until = NULL
                WHERE message_sid = ?""", outcome.name(), write(outcome.detail()), messageSid);
    }

    void retryLater(String messageSid, String error, Duration delay) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'RECEIVED', error = ?, claimed_until = NULL,
                    next_attempt_at = now() + make_interval(secs => ?)
                WHERE message_sid = ?""", error, (double) delay.toMillis() / 1000, messageSid);
    }

    void failed(String messageSid, String error) {
        jdbc.update("""
                UPDATE whatsapp.inbound_messages
                SET status = 'FAILED', outcome = 'FAILED', error = ?, processed_at = now(), claimed_until = NULL
                WHERE message_sid = ?""", error, messageSid);
    }

    /** A phone's inbound messages (everyone's when null), newest first. */
    List<Entry> history(String phone, int limit) {
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
                rs.getInt("attempts"));
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
