package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes an unconfirmed order from a parsed message; it waits for the buyer's confirmation. */
public record DraftOrder(
        @TargetAggregateIdentifier OrderId orderId,
        @JsonUnwrapped OrderHeader header,
        List<OrderItem> items,
        String messageId,
        BigDecimal confidence,
        String language) {
}
