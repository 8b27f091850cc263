package np.khaacho.kernel.order;

import java.time.LocalDate;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** The buyer was reminded of what is still owed on the order. */
public record PaymentReminded(
        OrderId orderId,
        BuyerId buyerId,
        LocalDate dueDate,
        Money balance,
        boolean overdue) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
