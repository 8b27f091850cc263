package np.khaacho.query.order;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.OrderView;

import java.time.Instant;
import java.util.Optional;

/**
 * Which orders a caller may see: a buyer their own, a vendor the placed orders addressed to it (a
 * draft is the buyer's until confirmed), admins and auditors all. An order the caller may not see
 * is answered as not found, so its existence is not revealed.
 */
final class OrderAccess {

    private OrderAccess() {
    }

    static OrderView visible(Optional<OrderView> order, String requestedId, Actor actor) {
        return order.filter(found -> maySee(found, actor))
                .orElseThrow(() -> ApiException.notFound("order", requestedId));
    }

    static boolean maySee(OrderView order, Actor actor) {
        return switch (actor.role()) {
            case BUYER -> order.buyerId().equals(actor.userId());
            case VENDOR -> order.vendorId().equals(actor.userId()) && order.placedAt() != null;
            case ADMIN, AUDITOR -> true;
            default -> false;
        };
    }

    /** The orders a caller's list may show, narrowed by the asked status and period. */
    static OrderListFilter listOf(Actor actor, OrderStatus status, Instant from, Instant until) {
        return switch (actor.role()) {
            case BUYER -> new OrderListFilter(actor.userId(), null, status, from, until);
            case VENDOR -> new OrderListFilter(null, actor.userId(), status, from, until);
            case ADMIN, AUDITOR -> new OrderListFilter(null, null, status, from, until);
            default -> throw ApiException.forbidden("orders are open to buyers, vendors and staff");
        };
    }

    static void requireVendor(Actor actor) {
        if (!actor.is(Role.VENDOR)) {
            throw ApiException.forbidden("the inbox is open to vendors only");
        }
    }
}
