package np.khaacho.saga.notification;

import np.khaacho.kernel.demand.SuggestionsStopped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A buyer's "stop": no more suggestions to buy again ({@link RepeatSuggestions}). */
@Component
@ProcessingGroup("notifications")
class SuggestionOptOuts {

    private final JdbcTemplate jdbc;

    SuggestionOptOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SuggestionsStopped event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO messaging.repeat_suggestions (buyer_id, stopped_at) VALUES (?, ?)
                ON CONFLICT (buyer_id) DO UPDATE SET stopped_at = EXCLUDED.stopped_at""",
                event.buyerId().value(), java.sql.Timestamp.from(at));
    }
}
