package np.khaacho.kernel.payment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/**
 * A payment the gateway confirmed (its own lookup or status check said so, never a callback alone):
 * spread over the buyer's unpaid orders oldest due first, the rest held on the buyer's account. Keyed by
 * {@code paymentId}, derived from the gateway's reference: however often it is sent, it counts once.
 *
 * @param asked the amount the link asked for; a confirmed amount that differs is held, not applied
 */
public record ReceiveGatewayPayment(BuyerId buyerId, String paymentId, Money amount, Money asked,
                                    PaymentGateway gateway, String reference) {
}
