package np.khaacho.kernel.order;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** The order ran out of time; what it held is to be released. */
public record OrderExpired(
        OrderId orderId,
        BuyerId buyerId,
        VendorId vendorId,
        OrderStatus previousStatus,
        String reason) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
