package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The goods reached the buyer. */
public record DeliverOrder(@TargetAggregateIdentifier OrderId orderId) {
}
