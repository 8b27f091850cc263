package np.khaacho.saga.notification;

import np.khaacho.kernel.whatsapp.FindOutboundMessage;
import np.khaacho.kernel.whatsapp.FindOutboundMessages;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** What was said to whom: the outbound half of the WhatsApp conversations. */
@Component
class OutboundHistory {

    private static final int MAX_LIMIT = 500;
    private static final String SELECT = """
            SELECT id, dedup_key, recipient_id, phone, kind, body, status, order_id, created_at, sent_at
            FROM messaging.outbox""";
    private static final RowMapper<OutboundMessageView> MAPPER = (rs, n) -> new OutboundMessageView(
            rs.getLong("id"), rs.getString("dedup_key"), rs.getString("recipient_id"), rs.getString("phone"), rs.getString("kind"),
            rs.getString("body"), rs.getString("status"), rs.getString("order_id"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));

    private final JdbcTemplate jdbc;

    OutboundHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<OutboundMessageView> handle(FindOutboundMessages query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIMIT));
        if (query.phone() == null) {
            return jdbc.query(SELECT + " ORDER BY id DESC LIMIT ?", MAPPER, limit);
        }
        return jdbc.query(SELECT + " WHERE phone = ? ORDER BY id DESC LIMIT ?", MAPPER, query.phone(), limit);
    }

    /** The message Twilio knows by this SID, or null. */
    @QueryHandler
    OutboundMessageView handle(FindOutboundMessage query) {
        return jdbc.query(SELECT + " WHERE provider_sid = ?", MAPPER, query.providerSid()).stream()
                .findFirst().orElse(null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
