package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;

import java.time.Instant;

/**
 * A buyer's credit: the limit, what is held for open orders, what is owed for delivered ones, what is
 * left to use, and how much of what is owed is past its due date.
 */
public record BuyerCreditView(
        BuyerId buyerId,
        Money creditLimit,
        Money reserved,
        Money outstanding,
        Money available,
        Money overdue,
        PaymentTerms paymentTerms,
        Instant updatedAt) {
}
