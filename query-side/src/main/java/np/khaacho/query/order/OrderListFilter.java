package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.Instant;

/**
 * Which orders a list shows: whose (a buyer's, a vendor's, or everyone's), in which status and
 * created in which period ({@code until} excluded). A vendor's list shows placed orders only: a
 * draft is not addressed to the vendor until the buyer confirms it.
 */
record OrderListFilter(BuyerId buyerId, VendorId vendorId, OrderStatus status, Instant from, Instant until) {

    /** All of one buyer's orders: what a buyer's own list asks, the commonest read. */
    static OrderListFilter ofBuyer(BuyerId buyerId) {
        return new OrderListFilter(buyerId, null, null, null, null);
    }
}
