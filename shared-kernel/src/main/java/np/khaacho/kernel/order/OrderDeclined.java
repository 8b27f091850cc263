package np.khaacho.kernel.order;

import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/**
 * The order could not go ahead; the reason and details say why. {@code creditShortfall}: how much more
 * credit it needed, when credit was short (what the buyer pays to release it); null otherwise and in
 * events recorded before it was kept.
 */
public record OrderDeclined(
        OrderId orderId,
        BuyerId buyerId,
        VendorId vendorId,
        String reason,
        String message,
        List<String> details,
        Money creditShortfall) implements OrderEvent {

    public OrderDeclined(OrderId orderId, BuyerId buyerId, VendorId vendorId, String reason, String message,
                         List<String> details) {
        this(orderId, buyerId, vendorId, reason, message, details, null);
    }

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
