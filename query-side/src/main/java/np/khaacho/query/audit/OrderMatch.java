package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.query.order.OrderRow;

import java.time.Instant;

/** An order an auditor's search found: enough to tell it apart from the others and open its history. */
public record OrderMatch(OrderId orderId, String orderNumber, OrderStatus status, BuyerId buyerId, String buyerName,
                         VendorId vendorId, String vendorName, Money totalAmount, Instant createdAt) {

    static OrderMatch of(OrderRow order) {
        return new OrderMatch(order.id(), order.orderNumber(), order.status(), order.buyerId(), order.buyerName(),
                order.vendorId(), order.vendorName(), order.totalAmount(), order.createdAt());
    }
}
