package np.khaacho.kernel.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor has not answered in time: remind it once, with a new answer-by instant. */
public record RemindVendor(
        @TargetAggregateIdentifier OrderId orderId,
        Instant respondBy) {
}
