package np.khaacho.kernel.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;

/** A credit limit or payment terms changed. */
public record CreditTermsChanged(
        CreditAccountId accountId,
        BuyerId buyerId,
        Money creditLimit,
        PaymentTerms paymentTerms,
        Money reserved,
        Money outstanding) {
}
