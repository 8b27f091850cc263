package np.khaacho.kernel.order;

import java.util.List;

/** The goods left the vendor. */
public record OrderDispatched(OrderId orderId, List<OrderLine> lines) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
