package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the buyer a receipt for each wallet payment, in the buyer's language: the amount, what went to
 * which order and what is held on the account. (The orders' own payment notices are not sent for a
 * wallet payment: the receipt names them all; an order paid in full is still told so.) Held money applied
 * to orders later gets its own message. When an order of
 * the buyer was declined for credit lately, any payment's message says a yes places it again.
 */
@Component
@ProcessingGroup(NotificationDispatcher.PROCESSING_GROUP)
@DisallowReplay
class PaymentReceiptNotifier {

    private final Contacts contacts;
    private final OrderRefs orders;
    private final OutboundMessages messages;
    private final CreditHolds holds;

    PaymentReceiptNotifier(Contacts contacts, OrderRefs orders, OutboundMessages messages, CreditHolds holds) {
        this.contacts = contacts;
        this.orders = orders;
        this.messages = messages;
        this.holds = holds;
    }

    @EventHandler
    void on(PaymentReceived event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Optional<String> held = holds.latest(event.buyerId().value(), at);
        if (event.gateway() == null && held.isEmpty()) {
            // a payment staff typed in: the orders' own notices tell of it
            return;
        }
        Contact buyer = contacts.require(event.buyerId().value());
        NotificationTexts texts = NotificationTexts.in(buyer.language());
        String body = event.gateway() == null ? ""
                : texts.paymentReceipt(event.gateway().displayName(), event.amount(), numbered(event.shares()),
                event.unapplied());
        if (held.isPresent()) {
            body = (body.isEmpty() ? "" : body + " ") + texts.placeAgain(held.get());
        }
        send(buyer, texts, body, event.shares(), eventId);
    }

    /** Held money applied to orders (on a delivery, or by an admin): what went where and what is still held. */
    @EventHandler
    void on(UnappliedCreditApplied event, @MessageIdentifier String eventId) {
        Contact buyer = contacts.require(event.buyerId().value());
        NotificationTexts texts = NotificationTexts.in(buyer.language());
        send(buyer, texts, texts.heldApplied(event.amount(), numbered(event.shares()), event.unappliedBalance()),
                event.shares(), eventId);
    }

    private Map<String, Money> numbered(List<PaymentShare> shares) {
        Map<String, Money> numbered = new LinkedHashMap<>();
        for (PaymentShare share : shares) {
            numbered.put(orders.require(share.orderId()).orderNumber(), share.amount());
        }
        return numbered;
    }

    private void send(Contact buyer, NotificationTexts texts, String body, List<PaymentShare> shares, String eventId) {
        String orderId = shares.isEmpty() ? null : shares.get(0).orderId().value();
        messages.send(new OutboundMessage(NotificationDispatcher.dedupKey(eventId, buyer.userId()), buyer.userId(),
                buyer.phone(), texts.language(), NotificationKind.PAYMENT_RECEIPT, body, orderId, eventId, null, null));
    }
}
