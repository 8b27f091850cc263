package np.khaacho.command.party;

import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Finds users of the write side by phone or id: who is logging in, who a command is about. */
@Component
public class UserDirectory {

    private final JdbcTemplate jdbc;

    public UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> byPhone(String phone) {
        return jdbc.query("SELECT id, phone, role, display_name FROM write_model.users WHERE phone = ?",
                (rs, i) -> new User(rs.getString("id"), rs.getString("phone"), Role.valueOf(rs.getString("role")),
                        rs.getString("display_name")), phone).stream().findFirst();
    }

    public Optional<User> byId(String id) {
        return jdbc.query("SELECT id, phone, role, display_name FROM write_model.users WHERE id = ?",
                (rs, i) -> new User(rs.getString("id"), rs.getString("phone"), Role.valueOf(rs.getString("role")),
                        rs.getString("display_name")), id).stream().findFirst();
    }

    /** Users in the order they were registered, at most {@code limit}. */
    public List<User> all(int limit) {
        return jdbc.query("SELECT id, phone, role, display_name FROM write_model.users ORDER BY created_at, phone LIMIT ?",
                (rs, i) -> new User(rs.getString("id"), rs.getString("phone"), Role.valueOf(rs.getString("role")),
                        rs.getString("display_name")), limit);
    }

    /** The buyer with this user id, if the id names a buyer. */
    public Optional<BuyerId> buyer(String id) {
        return byId(id).filter(user -> user.role() == Role.BUYER).map(user -> BuyerId.of(user.id()));
    }

    /** The PAN a vendor or buyer has stated, if any. */
    public Optional<String> pan(String id) {
        return jdbc.queryForList("""
                SELECT pan FROM write_model.vendor_profiles WHERE user_id = ? AND pan IS NOT NULL
                UNION ALL
                SELECT pan FROM write_model.buyer_profiles WHERE user_id = ? AND pan IS NOT NULL""",
                String.class, id, id).stream().findFirst();
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM write_model.users LIMIT 1) u",
                Integer.class);
        return count == null || count == 0;
    }

    /** A user as the write side knows it. */
    public record User(String id, String phone, Role role, String displayName) {
    }
}
