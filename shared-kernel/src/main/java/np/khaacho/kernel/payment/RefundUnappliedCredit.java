package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin pays back money held unapplied on a buyer's account; keyed by {@code refundId}. */
public record RefundUnappliedCredit(@TargetAggregateIdentifier PaymentAccountId accountId, String refundId,
                                    Money amount, String note) {
}
