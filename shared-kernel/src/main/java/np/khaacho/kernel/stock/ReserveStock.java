package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Holds a quantity for an order; repeating it for the same order changes nothing. */
public record ReserveStock(@TargetAggregateIdentifier StockId stockId, OrderId orderId, Quantity quantity) {
}
