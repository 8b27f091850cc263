package np.khaacho.kernel.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Goods arrived: adds to the quantity on hand (opens the stock on first receipt). */
public record ReceiveStock(
        @TargetAggregateIdentifier StockId stockId,
        ProductId productId,
        Quantity quantity,
        String reference) {
}
