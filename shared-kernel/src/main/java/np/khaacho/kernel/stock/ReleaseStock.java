package np.khaacho.kernel.stock;

import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back what was held for an order; nothing happens if nothing is held. */
public record ReleaseStock(@TargetAggregateIdentifier StockId stockId, OrderId orderId, String reason) {
}
