package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A buyer places an order with one vendor. */
public record PlaceOrder(
        @TargetAggregateIdentifier OrderId orderId,
        @JsonUnwrapped OrderHeader header,
        List<OrderItem> items) {
}
