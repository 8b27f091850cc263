package np.khaacho.kernel.query;

import np.khaacho.kernel.order.OrderId;

/** Finds one order as the portals show it; as a subscription query, every change to it follows. */
public record FindOrder(OrderId orderId) {
}
