package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The contacts of buyers and vendors in {@code messaging.contacts}. */
@Component
class Contacts {

    private final JdbcTemplate jdbc;

    Contacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A redelivered registration changes nothing. */
    void add(String userId, Role role, String phone, String displayName) {
        jdbc.update("""
                INSERT INTO messaging.contacts (user_id, role, phone, display_name) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO NOTHING""", userId, role.name(), phone, displayName);
    }

    /** The language the user chose for their messages; a user without a contact (staff) has none to change. */
    void language(String userId, String language) {
        jdbc.update("UPDATE messaging.contacts SET language = ? WHERE user_id = ?", language, userId);
    }

    /** Fails when the user is unknown: the event then waits in the dead-letter queue instead of going unsent. */
    Contact require(String userId) {
        return find(userId).orElseThrow(() -> new IllegalStateException("no contact for " + userId));
    }

    Optional<Contact> find(String userId) {
        return jdbc.query("""
                        SELECT user_id, role, phone, display_name, language FROM messaging.contacts WHERE user_id = ?""",
                        (rs, row) -> new Contact(rs.getString("user_id"), rs.getString("role"), rs.getString("phone"),
                                rs.getString("display_name"), rs.getString("language")), userId)
                .stream().findFirst();
    }
}
