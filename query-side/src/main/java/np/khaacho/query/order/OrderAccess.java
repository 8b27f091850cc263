package np.khaacho.query.order;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.OrderView;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which orders a caller may see: a buyer their own, a vendor the placed orders addressed to it (a
 * draft is the buyer's until confirmed), admins and auditors all. An order the caller may not see
 * is answered as not found, so its existence is not revealed.
 */
final class OrderAccess {

    private OrderAccess() {
    }

    /** The order id asked for; text that is no order id is answered as an order not found. */
    static OrderId idOf(String requestedId) {
        return Ids.parse(requestedId, OrderId::of).orElseThrow(() -> ApiException.notFound("order", requestedId));
    }

    /** The order with the id asked for, if the caller may see it; text that is no order id finds none. */
    static OrderView visible(String requestedId, Function<OrderId, Optional<OrderView>> find, Actor actor) {
        return find.apply(idOf(requestedId))
                .filter(found -> maySee(found, actor))
                .orElseThrow(() -> ApiException.notFound("order", requestedId));
    }

    static boolean maySee(OrderView order, Actor actor) {
        return switch (actor.role()) {
            case BUYER -> order.buyerId().value().equals(actor.userId());
            case VENDOR -> order.vendorId().value().equals(actor.userId()) && order.placedAt() != null;
            case ADMIN, AUDITOR -> true;
            default -> false;
        };
    }

    /** The orders a caller's list may show, narrowed by the asked status and period. */
    static OrderListFilter listOf(Actor actor, OrderStatus status, Instant from, Instant until) {
        return switch (actor.role()) {
            case BUYER -> new OrderListFilter(BuyerId.of(actor.userId()), null, status, from, until);
            case VENDOR -> new OrderListFilter(null, VendorId.of(actor.userId()), status, from, until);
            case ADMIN, AUDITOR -> new OrderListFilter(null, null, status, from, until);
            default -> throw ApiException.forbidden("orders are open to buyers, vendors and staff");
        };
    }

    /** The calling vendor, whose inbox it asks for. */
    static VendorId requireVendor(Actor actor) {
        if (!actor.is(Role.VENDOR)) {
            throw ApiException.forbidden("the inbox is open to vendors only");
        }
        return VendorId.of(actor.userId());
    }
}
