package np.khaacho.query.audit;

import java.util.List;

/**
 * An order's own events in sequence order, and the events of other aggregates (stock, buyer
 * credit) that were about this order, in the order they were stored.
 */
public record OrderAuditTrail(String orderId, List<AuditedEvent> events, List<AuditedEvent> relatedEvents) {

    public OrderAuditTrail {
        events = List.copyOf(events);
        relatedEvents = List.copyOf(relatedEvents);
    }
}
