package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.util.List;

/** Where an order stands and every step that led there, oldest first. */
public record OrderTracking(OrderId orderId, String orderNumber, OrderStatus status, List<Step> timeline) {

    public OrderTracking {
        timeline = List.copyOf(timeline);
    }

    /** One event of the order: the status it led to (none if it changed no status), when, and who caused it. */
    public record Step(long sequence, OrderStatus status, String event, Instant occurredAt, StepActor actor,
                       String note) {
    }

    /** Who caused a step; {@code onBehalfOf} names the person whose step the system was reacting to. */
    public record StepActor(String userId, String role, String channel, String onBehalfOf) {
    }
}
