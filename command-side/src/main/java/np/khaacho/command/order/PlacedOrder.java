package np.khaacho.command.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.VendorId;

/** One order a placement produced (one per vendor). */
public record PlacedOrder(OrderId orderId, String orderNumber, VendorId vendorId, OrderStatus status,
                          Money totalAmount) {
}
