package np.khaacho.kernel.order;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor accepts the order and promises a delivery date. */
public record ConfirmOrder(@TargetAggregateIdentifier OrderId orderId, LocalDate deliveryDate) {
}
