package np.khaacho.kernel.query;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;

/** An order in one line, as a status message tells it. */
public record OrderHeadline(
        OrderId id,
        String orderNumber,
        OrderStatus status,
        String vendorName,
        Money totalAmount,
        LocalDate deliveryDate,
        Instant createdAt) {
}
