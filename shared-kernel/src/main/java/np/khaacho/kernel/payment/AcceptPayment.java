package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Books a payment on the buyer's payment account, once per {@code paymentId}: the shares already
 * recorded on orders and what is held unapplied (with why).
 */
public record AcceptPayment(@TargetAggregateIdentifier PaymentAccountId accountId, BuyerId buyerId, String paymentId,
                            Money amount, PaymentMethod method, PaymentGateway gateway, String reference,
                            List<PaymentShare> shares, Money unapplied, UnappliedReason reason) {

    public AcceptPayment {
        shares = List.copyOf(shares);
    }
}
