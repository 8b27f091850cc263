package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.OrderId;

/** The payload of every deadline of an order's saga: which order it is about. */
public record OrderDeadline(OrderId orderId) {
}
