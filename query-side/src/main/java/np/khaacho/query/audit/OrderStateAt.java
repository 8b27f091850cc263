package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as it stood at an instant, rebuilt from its events up to then. {@code reason} says why
 * it ended where it ended without being paid (rejected, declined, cancelled, expired, discarded);
 * {@code lastSequence} and {@code lastEventAt} name the last event that was taken into account.
 */
public record OrderStateAt(String orderId, String orderNumber, OrderStatus status, String buyerId,
                           String vendorId, List<OrderLine> lines, Money totalAmount, PaymentTerms paymentTerms,
                           Money paidAmount, String deliveryAddress, LocalDate deliveryDate,
                           LocalDate dueDate, boolean overdue, Instant vendorRespondBy, String reason,
                           long lastSequence, Instant lastEventAt, Instant asOf) {

    public OrderStateAt {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
