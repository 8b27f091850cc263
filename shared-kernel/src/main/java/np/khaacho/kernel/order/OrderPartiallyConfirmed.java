package np.khaacho.kernel.order;

import java.time.LocalDate;
import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

/** The vendor confirmed part of the order: the new lines and total, and what changed. */
public record OrderPartiallyConfirmed(
        OrderId orderId,
        BuyerId buyerId,
        VendorId vendorId,
        LocalDate deliveryDate,
        List<OrderLine> lines,
        List<LineChange> changes,
        Money previousTotal,
        Money totalAmount) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
