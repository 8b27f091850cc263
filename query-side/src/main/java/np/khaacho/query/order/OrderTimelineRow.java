package np.khaacho.query.order;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;

/** One event of an order's timeline ({@code read_model.order_timeline}). Read-only. */
@Entity
@Immutable
@Table(schema = "read_model", name = "order_timeline")
class OrderTimelineRow {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private String eventType;
    private Instant occurredAt;
    private String actorUserId;
    private String actorRole;
    private String channel;
    private String onBehalfOf;
    private String note;

    protected OrderTimelineRow() {
        // for Hibernate
    }

    OrderTracking.Step step() {
        return new OrderTracking.Step(key.sequenceNumber(), status, eventType, occurredAt,
                new OrderTracking.StepActor(actorUserId, actorRole, channel, onBehalfOf), note);
    }

    /** The order and the event's sequence number in its stream. */
    @Embeddable
    record Key(OrderId orderId, long sequenceNumber) implements Serializable {
    }
}
