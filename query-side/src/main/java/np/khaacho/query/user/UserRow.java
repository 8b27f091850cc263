package np.khaacho.query.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A user and their profile as the users projection keeps them ({@code read_model.users}). The id is
 * a buyer's, a vendor's or a staff member's, as the role says; the language they chose is kept beside
 * ({@code read_model.user_languages}). Read-only.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "users")
@SecondaryTable(schema = "read_model", name = "user_languages", pkJoinColumns = @PrimaryKeyJoinColumn(name = "user_id"))
class UserRow {

    @Id
    @Column(name = "user_id")
    private String id;
    private String phone;
    private String role;
    private String displayName;
    private String businessName;
    private String ownerName;
    private String city;
    private String address;
    private String[] deliveryAreas;
    private BigDecimal minOrderAmount;
    private Instant registeredAt;
    @Column(table = "user_languages")
    private String language;

    protected UserRow() {
        // for Hibernate
    }

    UserView view() {
        return new UserView(id, phone, role, displayName, profile(), registeredAt, language);
    }

    private UserView.Profile profile() {
        if (Role.BUYER.name().equals(role)) {
            return new UserView.BuyerProfile(businessName, ownerName, city, address);
        }
        if (Role.VENDOR.name().equals(role)) {
            return new UserView.VendorProfile(businessName, city,
                    deliveryAreas == null ? List.of() : Arrays.asList(deliveryAreas), Money.of(minOrderAmount));
        }
        return null;
    }
}
