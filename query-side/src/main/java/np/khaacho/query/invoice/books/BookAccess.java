package np.khaacho.query.invoice.books;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;

import java.util.List;

/** Whose books a caller reads: a vendor its own, admins and auditors any vendor's they name, no one else any. */
final class BookAccess {

    private BookAccess() {
    }

    static String vendorFor(Actor actor, String vendorId) {
        if (actor.is(Role.VENDOR)) {
            if (vendorId != null && !vendorId.equals(actor.userId())) {
                throw ApiException.forbidden("a vendor reads only its own books");
            }
            return actor.userId();
        }
        if (!actor.is(Role.ADMIN) && !actor.is(Role.AUDITOR)) {
            throw ApiException.forbidden("sales books are open to their vendor, admins and auditors");
        }
        if (vendorId == null || vendorId.isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "vendorId is required", List.of("vendorId: missing"));
        }
        return Ids.parse(vendorId.strip(), VendorId::of).map(VendorId::value).orElseThrow(() -> new ApiException(
                ErrorCode.VALIDATION_ERROR, "vendorId must be a vendor's id", List.of("vendorId: " + vendorId)));
    }
}
