package np.khaacho.kernel.order;

import np.khaacho.kernel.party.VendorId;

/** The vendor turned the order down. */
public record OrderRejected(OrderId orderId, VendorId vendorId, String reason) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
