package np.khaacho.kernel.order;

import java.time.LocalDate;
import np.khaacho.kernel.party.VendorId;

/** The vendor accepted the order. */
public record OrderConfirmed(OrderId orderId, VendorId vendorId, LocalDate deliveryDate) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
