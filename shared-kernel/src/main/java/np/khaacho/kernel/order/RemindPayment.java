package np.khaacho.kernel.order;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reminds the buyer of an unpaid delivered order: before the due date, or overdue. */
public record RemindPayment(
        @TargetAggregateIdentifier OrderId orderId,
        LocalDate dueDate,
        boolean overdue) {
}
