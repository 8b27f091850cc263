package np.khaacho.query.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.PaymentStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An order as a line of the order lists: who, how much, where it stands. */
public record OrderSummary(
        OrderId id,
        String orderNumber,
        OrderStatus status,
        PaymentStatus paymentStatus,
        BuyerId buyerId,
        String buyerName,
        VendorId vendorId,
        String vendorName,
        int itemCount,
        Money totalAmount,
        Money paidAmount,
        LocalDate deliveryDate,
        LocalDate dueDate,
        boolean overdue,
        Instant respondBy,
        Instant createdAt,
        Instant updatedAt) {
}
