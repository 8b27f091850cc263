package np.khaacho.query.audit;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** An order's history from the event store: its audit trail, and its state as of any instant. */
@Component
class OrderHistory {

    private final EventStore eventStore;
    private final AuditedEvents audited;
    private final StoredEventReader stored;

    OrderHistory(EventStore eventStore, AuditedEvents audited, StoredEventReader stored) {
        this.eventStore = eventStore;
        this.audited = audited;
        this.stored = stored;
    }

    OrderAuditTrail trail(String orderId) {
        List<? extends DomainEventMessage<?>> events = events(orderId);
        List<AuditedEvent> own = events.stream().map(audited::of).toList();
        List<Object> payloads = events.stream().map(e -> (Object) e.getPayload()).toList();
        return new OrderAuditTrail(orderId, own, stored.namingOrder(orderId, RelatedAggregates.of(payloads)));
    }

    OrderStateAt stateAt(String orderId, Instant asOf) {
        List<? extends DomainEventMessage<?>> events = events(orderId);
        OrderReplay replay = new OrderReplay(orderId);
        // The state at an instant is a prefix of the stream: the first event stamped later ends the fold.
        // Skipping it to fold an even later one with an earlier stamp (clocks of two nodes) would make
        // a state the order never had.
        for (DomainEventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            replay.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
        if (replay.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "order " + orderId + " did not exist yet at " + asOf
                    + "; its first event is of " + events.get(0).getTimestamp());
        }
        return replay.state(asOf);
    }

    /**
     * The order's events from sequence 0: reading from a sequence number skips any snapshot, which
     * an audit must never show in place of the events it summarises.
     */
    private List<? extends DomainEventMessage<?>> events(String orderId) {
        if (!isOrderId(orderId)) {
            throw ApiException.notFound("order", orderId);
        }
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(orderId, 0).asStream().toList();
        if (events.isEmpty()) {
            throw ApiException.notFound("order", orderId);
        }
        return events;
    }

    static boolean isOrderId(String id) {
        return id != null && id.startsWith(OrderId.PREFIX) && id.length() > OrderId.PREFIX.length();
    }
}
