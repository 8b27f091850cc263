package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a buyer's credit account with a limit and payment terms. */
public record OpenCreditAccount(
        @TargetAggregateIdentifier CreditAccountId accountId,
        BuyerId buyerId,
        Money creditLimit,
        PaymentTerms paymentTerms) {
}
