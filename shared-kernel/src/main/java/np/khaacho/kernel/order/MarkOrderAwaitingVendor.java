package np.khaacho.kernel.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credit and stock are held: the order waits for the vendor's answer until the given instant. */
public record MarkOrderAwaitingVendor(
        @TargetAggregateIdentifier OrderId orderId,
        Instant respondBy) {
}
