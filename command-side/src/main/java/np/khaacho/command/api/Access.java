package np.khaacho.command.api;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.util.Arrays;

/** Role and ownership checks of the command API. */
public final class Access {

    private Access() {
    }

    public static void requireRole(Actor actor, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(actor::is)) {
            throw ApiException.forbidden("this action is not open to role " + actor.role());
        }
    }

    /** Admins act on any vendor's behalf; a vendor only on its own things. */
    public static void requireVendorOrAdmin(Actor actor, VendorId owner) {
        if (actor.is(Role.ADMIN)) {
            return;
        }
        if (!actor.is(Role.VENDOR) || !actor.userId().equals(owner.value())) {
            throw ApiException.forbidden("only the vendor it belongs to may do this");
        }
    }

    /**
     * To a buyer or a vendor, an order of other parties does not exist: answered as not found, as the
     * read side answers it, so that no call tells which order ids are real. Staff know of every order.
     */
    public static void requireOrderKnown(Actor actor, String orderId, BuyerId buyer, VendorId vendor) {
        boolean party = actor.userId().equals(buyer.value()) || actor.userId().equals(vendor.value());
        if (!party && (actor.is(Role.BUYER) || actor.is(Role.VENDOR))) {
            throw ApiException.notFound("order", orderId);
        }
    }

    public static void requireBuyer(Actor actor, BuyerId owner) {
        if (!actor.is(Role.BUYER) || !actor.userId().equals(owner.value())) {
            throw ApiException.forbidden("only the buyer it belongs to may do this");
        }
    }
}
