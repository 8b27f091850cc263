package np.khaacho.saga.whatsapp;

import np.khaacho.kernel.whatsapp.WhatsAppMessageReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The 24-hour windows in {@code messaging.whatsapp_windows}: when each phone last wrote to us.
 * Every message received moves the phone's time forward only, so events redelivered, replayed or
 * handled out of order leave the latest time in place.
 */
@Component
@ProcessingGroup(WhatsAppWindows.PROCESSING_GROUP)
public class WhatsAppWindows {

    public static final String PROCESSING_GROUP = "whatsapp-windows";

    private final JdbcTemplate jdbc;

    WhatsAppWindows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WhatsAppMessageReceived event) {
        jdbc.update("""
                INSERT INTO messaging.whatsapp_windows (phone, last_inbound_at) VALUES (?, ?)
                ON CONFLICT (phone) DO UPDATE
                SET last_inbound_at = GREATEST(messaging.whatsapp_windows.last_inbound_at, EXCLUDED.last_inbound_at)""",
                WhatsAppAddress.phoneOf(event.phone()), Timestamp.from(event.receivedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM messaging.whatsapp_windows");
    }

    /** Whether a free-form message may go to this phone at this instant. */
    public boolean isOpen(String phone, Instant at, Duration window) {
        return jdbc.query("SELECT last_inbound_at FROM messaging.whatsapp_windows WHERE phone = ?",
                        (rs, row) -> rs.getTimestamp(1).toInstant(), WhatsAppAddress.phoneOf(phone))
                .stream().findFirst()
                .map(last -> last.plus(window).isAfter(at))
                .orElse(false);
    }
}
