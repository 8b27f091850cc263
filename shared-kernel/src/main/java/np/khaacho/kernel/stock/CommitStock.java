package np.khaacho.kernel.stock;

import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order's goods left the warehouse: the reservation leaves the quantity on hand. */
public record CommitStock(@TargetAggregateIdentifier StockId stockId, OrderId orderId) {
}
