package np.khaacho.query.order;

import jakarta.persistence.EntityManager;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.InboxOrder;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.VendorInbox;
import np.khaacho.query.common.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the orders projection: one order, the order lists, an order's timeline, a vendor's inbox.
 * The reads that tell subscribers of a change ({@link OrderUpdates}) may run inside a caller's
 * transaction that read the same orders before; they start from an empty persistence context, never
 * from rows as an earlier read of that transaction found them.
 */
@Component
class OrderReader {

    /** The order lists: newest first. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");
    /** A vendor's inbox: the answer due soonest first. */
    private static final Sort MOST_URGENT_FIRST = Sort.by("respondBy", "createdAt", "id");

    private final OrderRows orders;
    private final OrderWithLinesRows withLines;
    private final OrderTimelineRows timelines;
    private final EntityManager entities;

    OrderReader(OrderRows orders, OrderWithLinesRows withLines, OrderTimelineRows timelines, EntityManager entities) {
        this.orders = orders;
        this.withLines = withLines;
        this.timelines = timelines;
        this.entities = entities;
    }

    Optional<OrderView> find(OrderId orderId) {
        startFresh();
        return withLines.findById(orderId).map(OrderWithLinesRow::view);
    }

    PageOf<OrderSummary> list(OrderListFilter filter, Paging paging) {
        return paging.ofCounted(page -> orders.listed(filter.buyerId(), filter.vendorId(), filter.status(),
                filter.placedOnly(), filter.from(), filter.until(), page), NEWEST_FIRST, OrderRow::summary);
    }

    List<OrderTracking.Step> timeline(OrderId orderId) {
        return timelines.ofOrder(orderId).stream().map(OrderTimelineRow::step).toList();
    }

    /** The orders awaiting the vendor, the most urgent first, with the seconds left as of {@code now}. */
    PageOf<InboxOrder> inbox(VendorId vendorId, Paging paging, Instant now) {
        return paging.ofCounted(page -> withLines.awaiting(vendorId, page), MOST_URGENT_FIRST,
                order -> order.waiting(now));
    }

    VendorInbox wholeInbox(VendorId vendorId, Instant now) {
        startFresh();
        return new VendorInbox(vendorId, inbox(vendorId, Paging.ALL, now).items());
    }

    /**
     * Inside a transaction, reads share one persistence context, which may hold rows as an earlier read
     * found them: start from an empty one. Outside, every read has a context of its own, and clearing the
     * shared one would open a context only to close it.
     */
    private void startFresh() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            entities.clear();
        }
    }
}
