package np.khaacho.query.common;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;

/**
 * Whose vendor reports a caller reads: a vendor its own (naming another is refused), an admin the vendor it
 * names; anyone else is refused. {@code what} names the report in the refusals ("price lists").
 */
public final class VendorScope {

    private VendorScope() {
    }

    public static VendorId of(Actor actor, String vendorId, String what) {
        if (actor.is(Role.VENDOR)) {
            if (vendorId != null && !vendorId.equals(actor.userId())) {
                throw ApiException.forbidden("a vendor reads its own " + what + " only");
            }
            return VendorId.of(actor.userId());
        }
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden(what + " are open to their vendor and admins");
        }
        if (vendorId == null || vendorId.isBlank()) {
            throw ApiException.invalid("vendorId is required when an admin reads " + what);
        }
        return Ids.parse(vendorId, VendorId::of).orElseThrow(() -> ApiException.notFound("vendor", vendorId));
    }
}
