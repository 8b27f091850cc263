package np.khaacho.query.catalog;

import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;

/**
 * Which products a caller may see: everyone the active ones; a vendor also its own delisted ones;
 * an admin all. A product the caller may not see is answered as not found.
 */
record Visibility(boolean everything, VendorId ownVendorId) {

    static Visibility of(Actor actor) {
        if (actor.is(Role.ADMIN)) {
            return new Visibility(true, null);
        }
        return new Visibility(false, actor.is(Role.VENDOR) ? VendorId.of(actor.userId()) : null);
    }
}
