package np.khaacho.command.payment.gateway;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentGateway;

import java.time.Instant;

/** One payment a buyer opened with a wallet, as {@code write_model.payment_links} holds it. */
public record PaymentLink(String linkId, BuyerId buyerId, PaymentGateway gateway, Money amount, String reference,
                          State state, String detail, String paymentId, Money paidAmount, int checks,
                          Instant createdAt, Instant expiresAt, Instant closedAt, OpenedFrom openedFrom) {

    public enum State { OPEN, COMPLETED, FAILED }

    /** Where the buyer opened it, and is sent back to: the buyer page, or a pay link's page. */
    public enum OpenedFrom { PORTAL, PAY_LINK }
}
