package np.khaacho.query.user;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads a user and their profile from the users projection. */
@Repository
class UserReader {

    private final JdbcTemplate jdbc;

    UserReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserView> find(String userId) {
        return jdbc.query("SELECT * FROM read_model.users WHERE user_id = ?", (rs, n) -> user(rs), userId)
                .stream().findFirst();
    }

    private static UserView user(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        UserView.Profile profile = null;
        if (Role.BUYER.name().equals(role)) {
            profile = new UserView.BuyerProfile(rs.getString("business_name"), rs.getString("owner_name"),
                    rs.getString("city"), rs.getString("address"));
        } else if (Role.VENDOR.name().equals(role)) {
            profile = new UserView.VendorProfile(rs.getString("business_name"), rs.getString("city"),
                    areas(rs.getArray("delivery_areas")), Money.of(rs.getBigDecimal("min_order_amount")));
        }
        return new UserView(rs.getString("user_id"), rs.getString("phone"), role, rs.getString("display_name"),
                profile, rs.getObject("registered_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> areas(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
