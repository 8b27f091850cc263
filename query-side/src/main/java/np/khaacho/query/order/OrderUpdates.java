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
 * change. Only live changes are told: a replay would walk subscribers back through old states. Who
 * watches is looked up once the projection's transaction has committed, not while it writes: a page
 * that subscribes in between reads the order as it was before the change, and must still be told of it.
 * The changes of one batch are told once per order, as the order stands after the batch.
 */
@Component
class OrderUpdates {

    private static final String CHANGED_ORDERS = OrderUpdates.class.getName() + ".changedOrders";

    private final QueryUpdateEmitter emitter;
    private final OrderReader reader;

    OrderUpdates(QueryUpdateEmitter emitter, OrderReader reader) {
        this.emitter = emitter;
        this.reader = reader;
    }

    void changed(String changedOrder, EventContext event, boolean inboxChanged) {
        if (event.replay()) {
            return;
        }
        OrderId orderId = OrderId.of(changedOrder);
        if (!CurrentUnitOfWork.isStarted()) {
            tell(orderId, inboxChanged);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<OrderId, Boolean> changes = batch.getOrComputeResource(CHANGED_ORDERS, key -> {
            Map<OrderId, Boolean> changed = new LinkedHashMap<>();
            batch.afterCommit(committed -> changed.forEach(this::tell));
            return changed;
        });
        changes.merge(orderId, inboxChanged, Boolean::logicalOr);
    }

    private void tell(OrderId orderId, boolean inboxChanged) {
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
