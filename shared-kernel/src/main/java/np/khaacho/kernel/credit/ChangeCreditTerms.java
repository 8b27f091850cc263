package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new credit limit and payment terms. */
public record ChangeCreditTerms(
        @TargetAggregateIdentifier CreditAccountId accountId,
        Money creditLimit,
        PaymentTerms paymentTerms) {
}
