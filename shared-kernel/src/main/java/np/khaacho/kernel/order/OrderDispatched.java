package np.khaacho.kernel.order;

import java.util.List;

/** The goods left the vendor. */
public record OrderDispatched(OrderId orderId, List<OrderLine> lines) {
}
