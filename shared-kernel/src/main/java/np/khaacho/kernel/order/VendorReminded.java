package np.khaacho.kernel.order;

import java.time.Instant;
import np.khaacho.kernel.party.VendorId;

/** The vendor was reminded to answer by the given instant. */
public record VendorReminded(
        OrderId orderId,
        VendorId vendorId,
        Instant respondBy) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
