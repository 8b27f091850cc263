package np.khaacho.kernel.order;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order cannot go ahead (credit declined, stock short): it ends with the reason. */
public record DeclineOrder(
        @TargetAggregateIdentifier OrderId orderId,
        String reason,
        String message,
        List<String> details) {
}
