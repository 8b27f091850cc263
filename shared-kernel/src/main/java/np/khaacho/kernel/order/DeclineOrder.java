package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order cannot go ahead (credit declined, stock short): it ends with the reason. {@code creditShortfall}
 * is how much more credit the order needed (what to pay to release it), when credit was short; else null.
 */
public record DeclineOrder(
        @TargetAggregateIdentifier OrderId orderId,
        String reason,
        String message,
        List<String> details,
        Money creditShortfall) {

    public DeclineOrder(OrderId orderId, String reason, String message, List<String> details) {
        this(orderId, reason, message, details, null);
    }
}
