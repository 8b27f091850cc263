package np.khaacho.app.faults;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each kind of event names each order in the event store, over every aggregate (the
 * order's own, the buyer's credit account, each product's stock): what a saga step done twice, or an
 * order made twice, would show.
 */
final class OrderEventCounts {

    private final Map<String, Map<String, Integer>> byOrder = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    private OrderEventCounts() {
    }

    /** Reads the counts of these event types (simple names, e.g. {@code CreditReserved}). */
    static OrderEventCounts read(JdbcTemplate jdbc, String... eventTypes) {
        OrderEventCounts counts = new OrderEventCounts();
        List<String> types = List.of(eventTypes);
        jdbc.query("""
                SELECT substring(payloadtype FROM '[^.]+$') AS type,
                       convert_from(payload, 'UTF8')::jsonb ->> 'orderId' AS order_id, count(*) AS events
                FROM event_store.domain_event_entry
                WHERE substring(payloadtype FROM '[^.]+$') = ANY (?)
                GROUP BY 1, 2""", rs -> {
            String type = rs.getString("type");
            int events = rs.getInt("events");
            counts.byOrder.computeIfAbsent(rs.getString("order_id"), id -> new HashMap<>()).put(type, events);
            counts.totals.merge(type, events, Integer::sum);
        }, (Object) types.toArray(String[]::new));
        return counts;
    }

    /** Events of this type naming this order. */
    int of(String orderId, String eventType) {
        return byOrder.getOrDefault(orderId, Map.of()).getOrDefault(eventType, 0);
    }

    /** Events of this type, whichever order they name. */
    int total(String eventType) {
        return totals.getOrDefault(eventType, 0);
    }
}
