package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The buyer confirmed: the draft becomes a placed order with the lines and prices it was shown. */
public record PlaceDraftedOrder(
        @TargetAggregateIdentifier OrderId orderId) {
}
