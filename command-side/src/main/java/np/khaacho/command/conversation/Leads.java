package np.khaacho.command.conversation;

import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A phone no user has: recorded as a lead for the admins ({@code whatsapp.leads}), answered politely once a day at most. */
@Component
class Leads {

    private final JdbcTemplate jdbc;

    Leads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Settlement note(InboundMessage message) {
        String text = message.body().isBlank() ? "(media)" : message.body();
        Boolean answer = jdbc.queryForObject("""
                INSERT INTO whatsapp.leads (phone, profile_name, first_message, last_message)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET
                    profile_name = COALESCE(EXCLUDED.profile_name, whatsapp.leads.profile_name),
                    last_message = EXCLUDED.last_message,
                    message_count = whatsapp.leads.message_count + 1,
                    last_seen_at = now()
                RETURNING last_replied_at IS NULL OR last_replied_at < now() - interval '1 day'""",
                Boolean.class, message.phone(), message.profileName(), text, text);
        if (Boolean.TRUE.equals(answer)) {
            jdbc.update("UPDATE whatsapp.leads SET last_replied_at = now() WHERE phone = ?", message.phone());
            return Settlement.answered(Outcome.of("LEAD_RECORDED"),
                    Reply.toStranger(message.phone(), Replies.in("en").unknownPhone()));
        }
        return Settlement.unanswered(Outcome.of("LEAD_RECORDED_QUIETLY"));
    }
}
