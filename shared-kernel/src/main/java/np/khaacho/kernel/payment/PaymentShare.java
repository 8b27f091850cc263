package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;

/** The part of a payment that went to one order. */
public record PaymentShare(OrderId orderId, Money amount) {
}
