package np.khaacho.kernel.order;

import java.time.LocalDate;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;

/** The goods reached the buyer; on credit terms the total is owed by the due date (none for cash on delivery). */
public record OrderDelivered(
        OrderId orderId,
        BuyerId buyerId,
        Money totalAmount,
        PaymentTerms paymentTerms,
        LocalDate dueDate) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
