package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor sends the goods on their way. */
public record DispatchOrder(@TargetAggregateIdentifier OrderId orderId) {
}
