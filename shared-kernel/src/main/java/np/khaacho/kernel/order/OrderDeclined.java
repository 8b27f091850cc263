package np.khaacho.kernel.order;

import java.util.List;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** The order could not go ahead; the reason and details say why. */
public record OrderDeclined(
        OrderId orderId,
        BuyerId buyerId,
        VendorId vendorId,
        String reason,
        String message,
        List<String> details) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
