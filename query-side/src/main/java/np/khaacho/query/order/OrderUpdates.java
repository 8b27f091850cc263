package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the subscribers of an order, and of its vendor's inbox, what the order looks like after a
 * change. Only live changes are told: a replay would walk subscribers back through old states.
 * <p>
 * A page may be subscribed on any instance, and the projection of an order runs on one. So the
 * projection announces each change to all instances ({@link OrderChangeNotices}), in its own
 * transaction: the notice arrives once the change is committed. Each instance's
 * {@link OrderChangeListener} then looks up who watches and tells them ({@link #tell}): a page that
 * subscribed while the change was being written read the order as it was before, and is still told.
 * The changes of one batch are announced once per order.
 */
@Component
class OrderUpdates {

    private static final String CHANGED_ORDERS = OrderUpdates.class.getName() + ".changedOrders";

    private final QueryUpdateEmitter emitter;
    private final OrderReader reader;
    private final OrderChangeNotices notices;

    OrderUpdates(QueryUpdateEmitter emitter, OrderReader reader, OrderChangeNotices notices) {
        this.emitter = emitter;
        this.reader = reader;
        this.notices = notices;
    }

    void changed(String changedOrder, EventContext event, boolean inboxChanged) {
        if (event.replay()) {
            return;
        }
        OrderId orderId = OrderId.of(changedOrder);
        if (!CurrentUnitOfWork.isStarted()) {
            notices.announce(orderId, inboxChanged);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<OrderId, Boolean> changes = batch.getOrComputeResource(CHANGED_ORDERS, key -> {
            Map<OrderId, Boolean> changed = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> changed.forEach(notices::announce));
            return changed;
        });
        changes.merge(orderId, inboxChanged, Boolean::logicalOr);
    }

    /** Tells this instance's subscribers of the order (and of its vendor's inbox) what it looks like now. */
    void tell(OrderId orderId, boolean inboxChanged) {
        Set<SubscriptionQueryMessage<?, ?, ?>> subscriptions = emitter.activeSubscriptions();
        boolean orderWatched = subscriptions.stream()
                .anyMatch(s -> s.getPayload() instanceof FindOrder q && q.orderId().equals(orderId));
        boolean anyInboxWatched = inboxChanged
                && subscriptions.stream().anyMatch(s -> s.getPayload() instanceof FindVendorInbox);
        if (!orderWatched && !anyInboxWatched) {
            // nobody listens: spare the reads
            return;
        }
        Optional<OrderView> order = reader.find(orderId);
        if (order.isEmpty()) {
            return;
        }
        if (orderWatched) {
            emitter.emit(FindOrder.class, q -> q.orderId().equals(orderId), order.get());
        }
        VendorId vendorId = order.get().vendorId();
        if (anyInboxWatched && subscriptions.stream()
                .anyMatch(s -> s.getPayload() instanceof FindVendorInbox q && q.vendorId().equals(vendorId))) {
            emitter.emit(FindVendorInbox.class, q -> q.vendorId().equals(vendorId),
                    reader.wholeInbox(vendorId, Instant.now()));
        }
    }
}
