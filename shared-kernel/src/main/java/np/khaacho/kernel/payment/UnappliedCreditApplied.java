package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

import java.util.List;

/**
 * Money held unapplied went to orders: {@code amount} in these shares, each recorded on its order as a
 * payment whose id derives from {@code applicationId}; {@code unappliedBalance} is what the account holds after it.
 */
public record UnappliedCreditApplied(PaymentAccountId accountId, BuyerId buyerId, String applicationId, Money amount,
                                     List<PaymentShare> shares, Money unappliedBalance) {

    public UnappliedCreditApplied {
        shares = List.copyOf(shares);
    }
}
