package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nobody answered in time (a draft the buyer never confirmed, an order the vendor never answered). */
public record ExpireOrder(
        @TargetAggregateIdentifier OrderId orderId,
        String reason) {
}
