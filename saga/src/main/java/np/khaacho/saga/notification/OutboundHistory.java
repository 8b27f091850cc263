package np.khaacho.saga.notification;

import np.khaacho.kernel.whatsapp.FindOutboundMessage;
import np.khaacho.kernel.whatsapp.FindOutboundMessages;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What was said to whom: the outbound half of the WhatsApp conversations. A login code shows as its
 * placeholder; only a demo (khaacho.mode=demo) shows a phone's own waiting code to the simulator
 * that stands in for the phone.
 */
@Component
class OutboundHistory {

    private static final Logger log = LoggerFactory.getLogger(OutboundHistory.class);
    private static final int MAX_LIMIT = 500;
    private static final String SELECT = """
            SELECT id, dedup_key, recipient_id, phone, kind, body, status, order_id, created_at, sent_at, media_url,
                   CASE WHEN sealed_code_expires_at > now() THEN sealed_code END AS live_code
            FROM messaging.outbox""";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<LoginCodeOpener> opener;
    private final boolean demo;

    OutboundHistory(JdbcTemplate jdbc, ObjectProvider<LoginCodeOpener> opener,
                    @Value("${khaacho.mode:production}") String mode) {
        this.jdbc = jdbc;
        this.opener = opener;
        this.demo = "demo".equals(mode);
    }

    @QueryHandler
    List<OutboundMessageView> handle(FindOutboundMessages query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIMIT));
        RowMapper<OutboundMessageView> mapper = query.asThePhoneSeesIt() && demo ? this::withCode : OutboundHistory::view;
        if (query.phone() == null) {
            return jdbc.query(SELECT + " ORDER BY id DESC LIMIT ?", mapper, limit);
        }
        return jdbc.query(SELECT + " WHERE phone = ? ORDER BY id DESC LIMIT ?", mapper, query.phone(), limit);
    }

    /** The message Twilio knows by this SID, or null. */
    @QueryHandler
    OutboundMessageView handle(FindOutboundMessage query) {
        return jdbc.query(SELECT + " WHERE provider_sid = ?", OutboundHistory::view, query.providerSid()).stream()
                .findFirst().orElse(null);
    }

    private OutboundMessageView withCode(ResultSet rs, int row) throws SQLException {
        OutboundMessageView view = view(rs, row);
        String sealed = rs.getString("live_code");
        LoginCodeOpener codes = opener.getIfAvailable();
        if (sealed == null || codes == null) {
            return view;
        }
        try {
            String body = LoginCodeOpener.fillIn(view.body(), codes.open(sealed, view.phone(), view.dedupKey()));
            return new OutboundMessageView(view.id(), view.dedupKey(), view.recipientId(), view.phone(), view.kind(),
                    body, view.status(), view.orderId(), view.createdAt(), view.sentAt(), view.mediaUrl());
        } catch (IllegalArgumentException e) {
            log.warn("the login code of outbox message {} does not open: {}", view.id(), e.getMessage());
            return view;
        }
    }

    private static OutboundMessageView view(ResultSet rs, int row) throws SQLException {
        return new OutboundMessageView(rs.getLong("id"), rs.getString("dedup_key"), rs.getString("recipient_id"),
                rs.getString("phone"), rs.getString("kind"), rs.getString("body"), rs.getString("status"),
                rs.getString("order_id"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                rs.getString("media_url"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
