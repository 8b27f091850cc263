package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** Money held unapplied was paid back to the buyer; {@code unappliedBalance} is what the account holds after it. */
public record UnappliedCreditRefunded(PaymentAccountId accountId, BuyerId buyerId, String refundId, Money amount,
                                      String note, Money unappliedBalance) {
}
