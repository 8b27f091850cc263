package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects the quantity on hand by a signed delta (count, damage, loss), with a reason. */
public record AdjustStock(@TargetAggregateIdentifier StockId stockId, Quantity delta, String reason) {
}
