package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor turns the order down, saying why. */
public record RejectOrder(@TargetAggregateIdentifier OrderId orderId, String reason) {
}
