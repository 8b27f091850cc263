package np.khaacho.kernel.order;

import java.util.List;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A buyer places an order with one vendor. */
public record PlaceOrder(
        @TargetAggregateIdentifier OrderId orderId,
        String orderNumber,
        BuyerId buyerId,
        VendorId vendorId,
        List<OrderItem> items,
        String deliveryAddress,
        String notes) {
}
