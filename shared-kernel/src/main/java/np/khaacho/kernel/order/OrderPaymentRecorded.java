package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** A payment was received for the order. */
public record OrderPaymentRecorded(
        OrderId orderId,
        BuyerId buyerId,
        String paymentId,
        Money amount,
        PaymentMethod method,
        Money paidAmount,
        Money balance) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
