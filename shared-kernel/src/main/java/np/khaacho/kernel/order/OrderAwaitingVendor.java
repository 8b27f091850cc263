package np.khaacho.kernel.order;

import java.time.Instant;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** Credit and stock are held; the vendor is asked to answer by the given instant. */
public record OrderAwaitingVendor(
        OrderId orderId,
        BuyerId buyerId,
        VendorId vendorId,
        Money totalAmount,
        Instant respondBy) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
