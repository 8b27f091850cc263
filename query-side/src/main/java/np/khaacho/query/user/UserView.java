package np.khaacho.query.user;

import np.khaacho.kernel.common.Money;

import java.time.Instant;
import java.util.List;

/**
 * A user as {@code /v1/users/me} shows them: who they are, the profile of what they are (none for staff),
 * and the language they chose ({@code en} or {@code ne}; null until they choose one).
 */
public record UserView(String id, String phone, String role, String displayName, Profile profile,
                       Instant registeredAt, String language) {

    /** What a user is to the marketplace beyond their name. */
    public sealed interface Profile permits BuyerProfile, VendorProfile {
    }

    /** A shopkeeper's shop. */
    public record BuyerProfile(String businessName, String ownerName, String city, String address) implements Profile {
    }

    /** A wholesaler's business, where it delivers, and the smallest order it takes. */
    public record VendorProfile(String businessName, String city, List<String> deliveryAreas, Money minOrderAmount)
            implements Profile {
    }
}
