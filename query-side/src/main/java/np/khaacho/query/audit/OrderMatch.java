package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;

/** An order an auditor's search found: enough to tell it apart from the others and open its history. */
public record OrderMatch(String orderId, String orderNumber, OrderStatus status, String buyerId, String buyerName,
                         String vendorId, String vendorName, Money totalAmount, Instant createdAt) {
}
