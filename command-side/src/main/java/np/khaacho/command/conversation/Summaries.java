package np.khaacho.command.conversation;

import np.khaacho.kernel.party.BuyerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The order summaries sent to buyers ({@code whatsapp.summaries}): which message's drafts a yes to a summary places. */
@Component
class Summaries {

    private final JdbcTemplate jdbc;

    Summaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The summary answering that message lists these orders; a message read again changes nothing. */
    void record(String messageSid, BuyerId buyer, List<String> orderIds) {
        jdbc.update("""
                INSERT INTO whatsapp.summaries (message_sid, buyer_id, order_ids) VALUES (?, ?, ?)
                ON CONFLICT (message_sid) DO NOTHING""",
                ps -> {
                    ps.setString(1, messageSid);
                    ps.setString(2, buyer.value());
                    ps.setArray(3, ps.getConnection().createArrayOf("text", orderIds.toArray()));
                });
    }

    /** Whether that message was answered with a summary. */
    boolean answered(String messageSid) {
        return !jdbc.queryForList("SELECT message_sid FROM whatsapp.summaries WHERE message_sid = ?", String.class,
                messageSid).isEmpty();
    }
}
