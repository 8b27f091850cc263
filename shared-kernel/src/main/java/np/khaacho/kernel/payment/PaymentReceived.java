package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.party.BuyerId;

import java.util.List;

/**
 * A buyer's payment was received: how much, how ({@code gateway} and its {@code reference} for a wallet
 * payment, else null), the shares applied to orders oldest due first, and what was held unapplied on the
 * account, with why (null when nothing was). {@code unappliedBalance} is what the account holds after it.
 */
public record PaymentReceived(PaymentAccountId accountId, BuyerId buyerId, String paymentId, Money amount,
                              PaymentMethod method, PaymentGateway gateway, String reference,
                              List<PaymentShare> shares, Money unapplied, UnappliedReason reason,
                              Money unappliedBalance) {

    public PaymentReceived {
        shares = List.copyOf(shares);
    }
}
