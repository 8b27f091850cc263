package np.khaacho.saga.whatsapp;

import np.khaacho.kernel.whatsapp.RecordDeliveryStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps what Twilio reports of a sent message's delivery on its outbox row. Reports arrive out of
 * order, so a status only replaces one that comes before it (queued, sent, delivered, read): a late
 * "sent" never undoes "delivered". A report of a message Khaacho never sent is ignored.
 */
@Component
class DeliveryStatusHandler {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStatusHandler.class);

    /** How far along each status is. Failing ends a message that was never delivered, so it outranks "sent". */
    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("accepted", 0), Map.entry("scheduled", 0), Map.entry("queued", 1), Map.entry("sending", 2),
            Map.entry("sent", 3), Map.entry("failed", 4), Map.entry("undelivered", 4), Map.entry("canceled", 4),
            Map.entry("delivered", 5), Map.entry("read", 6));
    private static final String CURRENT_RANK = """
            CASE delivery_status
                WHEN 'accepted' THEN 0 WHEN 'scheduled' THEN 0 WHEN 'queued' THEN 1 WHEN 'sending' THEN 2
                WHEN 'sent' THEN 3 WHEN 'failed' THEN 4 WHEN 'undelivered' THEN 4 WHEN 'canceled' THEN 4
                WHEN 'delivered' THEN 5 WHEN 'read' THEN 6 ELSE -1 END""";

    private final JdbcTemplate jdbc;

    DeliveryStatusHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @CommandHandler
    void handle(RecordDeliveryStatus command) {
        String status = command.status().strip().toLowerCase(Locale.ROOT);
        Integer rank = RANKS.get(status);
        if (rank == null) {
            log.info("delivery status {} of {} is not one Khaacho knows; ignored", status, command.providerSid());
            return;
        }
        boolean reached = status.equals("delivered") || status.equals("read");
        Timestamp reportedAt = Timestamp.from(command.reportedAt());
        jdbc.update("""
                UPDATE messaging.outbox
                SET delivery_status = ?, delivery_reported_at = ?,
                    delivery_error = COALESCE(left(?, 32), delivery_error),
                    delivered_at = CASE WHEN ? THEN COALESCE(delivered_at, ?) ELSE delivered_at END
                WHERE provider_sid = ? AND\s""" + CURRENT_RANK + " < ?",
                status, reportedAt, blankToNull(command.errorCode()), reached, reportedAt,
                command.providerSid(), rank);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
