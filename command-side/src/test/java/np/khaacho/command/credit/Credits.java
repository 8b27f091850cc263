package np.khaacho.command.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReservationDeclined;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;

/** The events of one buyer's credit account, as tests give and expect them; amounts are NPR written as text. */
final class Credits {

    static final BuyerId BUYER = BuyerId.of("buyer-shrestha-kirana-pasal");
    static final CreditAccountId ACCOUNT = CreditAccountId.of(BUYER);
    static final OrderId ORDER_A = OrderId.of("order-a");
    static final OrderId ORDER_B = OrderId.of("order-b");
    static final OrderId ORDER_C = OrderId.of("order-c");
    static final String CANCELLED = "order cancelled";

    private Credits() {
    }

    static Money npr(String amount) {
        return Money.of(amount);
    }

    static CreditAccountOpened opened(String limit, PaymentTerms terms) {
        return new CreditAccountOpened(ACCOUNT, BUYER, npr(limit), terms);
    }

    static CreditTermsChanged termsChanged(String limit, PaymentTerms terms, String reserved, String outstanding) {
        return new CreditTermsChanged(ACCOUNT, BUYER, npr(limit), terms, npr(reserved), npr(outstanding));
    }

    static CreditReserved reserved(OrderId orderId, String amount, String reserved, String outstanding) {
        return new CreditReserved(ACCOUNT, BUYER, orderId, npr(amount), npr(reserved), npr(outstanding));
    }

    static CreditReservationDeclined overLimit(OrderId orderId, String requested, String available) {
        return new CreditReservationDeclined(ACCOUNT, BUYER, orderId, npr(requested), npr(available),
                "CREDIT_LIMIT_EXCEEDED");
    }

    static CreditReservationDeclined cashOnDelivery(OrderId orderId, String requested) {
        return new CreditReservationDeclined(ACCOUNT, BUYER, orderId, npr(requested), Money.ZERO, "PAYMENT_TERMS_COD");
    }

    static CreditReservationAdjusted reservationAdjusted(OrderId orderId, String previousAmount, String amount,
                                                         String reserved, String outstanding) {
        return new CreditReservationAdjusted(ACCOUNT, BUYER, orderId, npr(previousAmount), npr(amount), npr(reserved),
                npr(outstanding));
    }

    static CreditReleased released(OrderId orderId, String amount, String reserved, String outstanding) {
        return new CreditReleased(ACCOUNT, BUYER, orderId, npr(amount), CANCELLED, npr(reserved), npr(outstanding));
    }

    static CreditCharged charged(OrderId orderId, String amount, String releasedReservation, String reserved,
                                 String outstanding) {
        return new CreditCharged(ACCOUNT, BUYER, orderId, npr(amount), npr(releasedReservation), npr(reserved),
                npr(outstanding));
    }

    static CreditRepaid repaid(String paymentId, OrderId orderId, String amount, String reserved, String outstanding) {
        return new CreditRepaid(ACCOUNT, BUYER, paymentId, orderId, npr(amount), npr(reserved), npr(outstanding));
    }
}
