package np.khaacho.kernel.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

/** One payment from a buyer, spread over the buyer's unpaid delivered orders, oldest due first. */
public record RecordBuyerPayment(BuyerId buyerId, String paymentId, Money amount, PaymentMethod method) {
}
