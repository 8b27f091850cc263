package np.khaacho.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Throws an unconfirmed draft away (the buyer corrected the message). */
public record DiscardDraft(
        @TargetAggregateIdentifier OrderId orderId,
        String reason) {
}
