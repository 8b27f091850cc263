package np.khaacho.kernel.order;

import java.math.BigDecimal;
import java.util.List;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes an unconfirmed order from a parsed message; it waits for the buyer's confirmation. */
public record DraftOrder(
        @TargetAggregateIdentifier OrderId orderId,
        String orderNumber,
        BuyerId buyerId,
        VendorId vendorId,
        List<OrderItem> items,
        String deliveryAddress,
        String notes,
        String messageId,
        BigDecimal confidence,
        String language) {
}
