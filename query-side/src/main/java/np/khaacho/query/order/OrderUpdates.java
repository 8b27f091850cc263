package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the subscribers of an order, and of its vendor's inbox, what the order looks like after a
 * change. Only live changes are told: a replay would walk subscribers back through old states. The
 * emitter sends once the projection's transaction commits.
 */
@Component
class OrderUpdates {

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
        Set<SubscriptionQueryMessage<?, ?, ?>> subscriptions = emitter.activeSubscriptions();
        boolean orderWatched = subscriptions.stream()
                .anyMatch(s -> s.getPayload() instanceof FindOrder q && q.orderId().equals(orderId));
        boolean anyInboxWatched = inboxChanged
                && subscriptions.stream().anyMatch(s -> s.getPayload() instanceof FindVendorInbox);
        if (!orderWatched && !anyInboxWatched) {
            // nobody listens: spare the projection the reads
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
