package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer (before confirmation) or an admin (before delivery) calls the order off. */
public record CancelOrder(
        @TargetAggregateIdentifier OrderId orderId,
        CancelledBy cancelledBy,
        String reason) {
}
