package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money was received for the order; repeating the same payment id changes nothing. */
public record RecordOrderPayment(
        @TargetAggregateIdentifier OrderId orderId,
        String paymentId,
        Money amount,
        PaymentMethod method) {
}
