package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.Instant;

/**
 * Which orders a list shows: whose (a buyer's, a vendor's, or everyone's), in which status and
 * created in which period ({@code until} excluded). A vendor's list shows placed orders only: a
 * draft is not addressed to the vendor until the buyer confirms it. A period left open at one end
 * reaches the first or the last instant any order can have.
 */
record OrderListFilter(BuyerId buyerId, VendorId vendorId, OrderStatus status, Instant from, Instant until) {

    /** Before any order: Khaacho's clock starts later. */
    static final Instant EARLIEST = Instant.EPOCH;
    /** After any order. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    OrderListFilter {
        from = from == null ? EARLIEST : from;
        until = until == null ? LATEST : until;
    }

    /** Drafts are left out: only their buyer sees them. */
    boolean placedOnly() {
        return vendorId != null;
    }
}
