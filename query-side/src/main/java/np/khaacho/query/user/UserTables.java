package np.khaacho.query.user;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes of the users projection; a registration is its account's first and only event, so a repeat adds nothing. */
@Repository
class UserTables {

    private final JdbcTemplate jdbc;

    UserTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's row; the profile fields that do not apply to the user's role stay empty. */
    record Registration(String userId, String phone, String role, String displayName, String businessName,
                        String ownerName, String city, String address, List<String> deliveryAreas,
                        BigDecimal minOrderAmount, Instant registeredAt) {
    }

    void register(Registration user) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO read_model.users (user_id, phone, role, display_name, business_name, owner_name, city,
                                                  address, delivery_areas, min_order_amount, registered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_id) DO NOTHING""");
            Array areas = user.deliveryAreas() == null ? null
                    : connection.createArrayOf("text", user.deliveryAreas().toArray());
            insert.setString(1, user.userId());
            insert.setString(2, user.phone());
            insert.setString(3, user.role());
            insert.setString(4, user.displayName());
            insert.setString(5, user.businessName());
            insert.setString(6, user.ownerName());
            insert.setString(7, user.city());
            insert.setString(8, user.address());
            insert.setArray(9, areas);
            insert.setBigDecimal(10, user.minOrderAmount());
            insert.setObject(11, OffsetDateTime.ofInstant(user.registeredAt(), ZoneOffset.UTC));
            return insert;
        });
    }

    /** The user's chosen language, beside the user's row. */
    void language(String userId, String language) {
        jdbc.update("""
                INSERT INTO read_model.user_languages (user_id, language) VALUES (?, ?)
                ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language""", userId, language);
    }

    void truncate() {
        jdbc.execute("TRUNCATE read_model.users, read_model.user_languages");
    }
}
