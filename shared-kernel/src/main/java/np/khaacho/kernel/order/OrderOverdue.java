package np.khaacho.kernel.order;

import java.time.LocalDate;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** The due date passed and the order is not fully paid. */
public record OrderOverdue(
        OrderId orderId,
        BuyerId buyerId,
        LocalDate dueDate,
        Money balance) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
