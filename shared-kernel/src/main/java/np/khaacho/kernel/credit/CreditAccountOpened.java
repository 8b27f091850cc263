package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;

/** A buyer's credit account was opened. */
public record CreditAccountOpened(
        CreditAccountId accountId,
        BuyerId buyerId,
        Money creditLimit,
        PaymentTerms paymentTerms) {
}
