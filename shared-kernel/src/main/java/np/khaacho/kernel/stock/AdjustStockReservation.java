package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes how much is held for an order (a vendor confirmed fewer units); repeating it changes nothing. */
public record AdjustStockReservation(
        @TargetAggregateIdentifier StockId stockId,
        OrderId orderId,
        Quantity quantity) {
}
