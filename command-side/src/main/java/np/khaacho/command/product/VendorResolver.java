package np.khaacho.command.product;

import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;
import org.springframework.stereotype.Component;

/** Which vendor a product or price-list command acts for: the vendor itself, or the one an admin names. */
@Component
public class VendorResolver {

    private final UserDirectory users;

    VendorResolver(UserDirectory users) {
        this.users = users;
    }

    public VendorId actingVendor(Actor actor, String requestedVendorId) {
        if (actor.is(Role.VENDOR)) {
            if (requestedVendorId != null && !requestedVendorId.equals(actor.userId())) {
                throw ApiException.forbidden("a vendor acts only for itself");
            }
            return VendorId.of(actor.userId());
        }
        if (requestedVendorId == null || requestedVendorId.isBlank()) {
            throw ApiException.invalid("vendorId is required when an admin acts for a vendor");
        }
        return users.byId(requestedVendorId)
                .filter(user -> user.role() == Role.VENDOR)
                .map(user -> VendorId.of(user.id()))
                .orElseThrow(() -> ApiException.notFound("vendor", requestedVendorId));
    }
}
