package np.khaacho.kernel.order;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The vendor confirms fewer units of some lines, or drops lines, with a delivery date. */
public record ConfirmOrderPartially(
        @TargetAggregateIdentifier OrderId orderId,
        LocalDate deliveryDate,
        List<LineAdjustment> adjustments) {
}
