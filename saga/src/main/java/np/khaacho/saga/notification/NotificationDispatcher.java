package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.IgnoresOrderEvent;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.LanguageChosen;
import np.khaacho.kernel.party.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import static np.khaacho.saga.notification.NotificationKind.ORDER_AWAITING_VENDOR;
import static np.khaacho.saga.notification.NotificationKind.ORDER_CANCELLED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_CONFIRMED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_DECLINED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_DELIVERED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_DISPATCHED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_EXPIRED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_PAID;
import static np.khaacho.saga.notification.NotificationKind.ORDER_PARTIALLY_CONFIRMED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_PLACED;
import static np.khaacho.saga.notification.NotificationKind.ORDER_REJECTED;
import static np.khaacho.saga.notification.NotificationKind.PAYMENT_RECEIVED;
import static np.khaacho.saga.notification.NotificationKind.PAYMENT_REMINDER;
import static np.khaacho.saga.notification.NotificationKind.VENDOR_REMINDED;

/**
 * Tells buyers and vendors what happened to their orders. The contacts and order references it
 * writes from are kept by the same handlers, so they are up to date in event order. Sending is a side
 * effect: a replay must never message anyone again.
 */
@Component
@ProcessingGroup(NotificationDispatcher.PROCESSING_GROUP)
@DisallowReplay
@IgnoresOrderEvent(value = OrderDraftDiscarded.class,
        because = "a draft is discarded by the buyer's own WhatsApp message, which the conversation answers")
@IgnoresOrderEvent(value = OrderOverdue.class,
        because = "the PaymentReminded applied right after it, marked overdue, is what tells the buyer")
public class NotificationDispatcher {

    public static final String PROCESSING_GROUP = "notifications";

    private final Contacts contacts;
    private final OrderRefs orders;
    private final OutboundMessages messages;
    private final ObjectProvider<ReminderPayLinks> payLinks;
    private final CreditHolds holds;
    private final Duration payLinkValidity;

    NotificationDispatcher(Contacts contacts, OrderRefs orders, OutboundMessages messages, CreditHolds holds,
                           ObjectProvider<ReminderPayLinks> payLinks,
                           @Value("${khaacho.payments.pay-link-validity:P3D}") Duration payLinkValidity) {
        this.contacts = contacts;
        this.orders = orders;
        this.messages = messages;
        this.payLinks = payLinks;
        this.holds = holds;
        this.payLinkValidity = payLinkValidity;
    }

    @EventHandler
    void on(BuyerRegistered event) {
        contacts.add(event.buyerId().value(), Role.BUYER, event.phone(), event.businessName());
    }

    @EventHandler
    void on(VendorRegistered event) {
        contacts.add(event.vendorId().value(), Role.VENDOR, event.phone(), event.businessName());
    }

    /** Later messages to the user follow the language they chose on the pages. */
    @EventHandler
    void on(LanguageChosen event) {
        contacts.language(event.userId(), event.language());
    }

    /** The buyer hears about a draft from the WhatsApp conversation; here it only leaves its language behind. */
    @EventHandler
    void on(OrderDrafted event) {
        orders.drafted(event);
    }

    @EventHandler
    void on(OrderPlaced event, @MessageIdentifier String eventId) {
        orders.placed(event);
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_PLACED, texts -> texts.orderPlaced(order.orderNumber(), event.totalAmount()));
    }

    @EventHandler
    void on(OrderDeclined event, @MessageIdentifier String eventId, @Timestamp Instant declinedAt) {
        OrderRef order = orders.require(event.orderId());
        if (event.creditShortfall() != null && event.creditShortfall().isPositive()) {
            // held for credit: what to pay to release it, and the link to pay
            ReminderPayLinks links = payLinks.getIfAvailable();
            String link = links == null ? null : links.link(order.buyerId(), payLinkValidity);
            holds.held(order, event.creditShortfall(), declinedAt);
            toBuyer(eventId, order, ORDER_DECLINED, texts -> texts.creditHold(order.orderNumber(), order.totalAmount(),
                    event.creditShortfall(), link));
            return;
        }
        toBuyer(eventId, order, ORDER_DECLINED,
                texts -> texts.orderDeclined(order.orderNumber(), event.reason(), event.message(), event.details()));
    }

    @EventHandler
    void on(OrderAwaitingVendor event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        String buyerName = contacts.require(order.buyerId()).displayName();
        toVendor(eventId, order, ORDER_AWAITING_VENDOR, texts -> texts.orderAwaitingVendor(order.orderNumber(),
                buyerName, event.totalAmount(), event.respondBy()));
    }

    @EventHandler
    void on(VendorReminded event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toVendor(eventId, order, VENDOR_REMINDED,
                texts -> texts.vendorReminded(order.orderNumber(), event.respondBy()));
    }

    @EventHandler
    void on(OrderConfirmed event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        String vendorName = contacts.require(order.vendorId()).displayName();
        toBuyer(eventId, order, ORDER_CONFIRMED,
                texts -> texts.orderConfirmed(order.orderNumber(), vendorName, event.deliveryDate()));
    }

    @EventHandler
    void on(OrderPartiallyConfirmed event, @MessageIdentifier String eventId) {
        orders.retotalled(event.orderId(), event.totalAmount());
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_PARTIALLY_CONFIRMED, texts -> texts.orderPartiallyConfirmed(
                order.orderNumber(), event.deliveryDate(), event.changes(), event.totalAmount()));
    }

    @EventHandler
    void on(OrderRejected event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_REJECTED, texts -> texts.orderRejected(order.orderNumber(), event.reason()));
    }

    /** The vendor is told only of an order it was asked to answer: the others it never saw. */
    @EventHandler
    void on(OrderExpired event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_EXPIRED,
                texts -> texts.orderExpired(order.orderNumber(), event.previousStatus()));
        if (event.previousStatus() == OrderStatus.AWAITING_VENDOR) {
            toVendor(eventId, order, ORDER_EXPIRED, texts -> texts.orderExpiredForVendor(order.orderNumber()));
        }
    }

    /** The vendor is told only once the order had reached it: before, it never heard of the order. */
    @EventHandler
    void on(OrderCancelled event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_CANCELLED, texts -> texts.orderCancelled(order.orderNumber(), event.reason()));
        if (reachedVendor(event.previousStatus())) {
            String buyerName = contacts.require(order.buyerId()).displayName();
            toVendor(eventId, order, ORDER_CANCELLED,
                    texts -> texts.orderCancelledForVendor(order.orderNumber(), buyerName, event.reason()));
        }
    }

    @EventHandler
    void on(OrderDispatched event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_DISPATCHED, texts -> texts.orderDispatched(order.orderNumber()));
    }

    @EventHandler
    void on(OrderDelivered event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_DELIVERED, texts -> texts.orderDelivered(order.orderNumber(),
                event.totalAmount(), event.paymentTerms(), event.dueDate()));
    }

    @EventHandler
    void on(OrderPaymentRecorded event, @MessageIdentifier String eventId) {
        if (event.method() == PaymentMethod.WALLET) {
            // a wallet payment's receipt names every order it went to (PaymentReceiptNotifier)
            return;
        }
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, PAYMENT_RECEIVED,
                texts -> texts.paymentReceived(order.orderNumber(), event.amount(), event.balance()));
    }

    @EventHandler
    void on(OrderPaid event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        toBuyer(eventId, order, ORDER_PAID, texts -> texts.orderPaid(order.orderNumber(), event.paidAmount()));
    }

    @EventHandler
    void on(PaymentReminded event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        ReminderPayLinks links = payLinks.getIfAvailable();
        String link = links == null ? null : links.link(order.buyerId(), payLinkValidity);
        toBuyer(eventId, order, PAYMENT_REMINDER, texts -> texts.paymentReminder(order.orderNumber(),
                event.balance(), event.dueDate(), event.overdue(), link));
    }

    /** A buyer reads about an order in the language the order was made in, else in their own. */
    private void toBuyer(String eventId, OrderRef order, NotificationKind kind,
                         Function<NotificationTexts, String> wording) {
        Contact buyer = contacts.require(order.buyerId());
        String language = order.language() != null ? order.language() : buyer.language();
        send(eventId, buyer, language, order, kind, wording);
    }

    private void toVendor(String eventId, OrderRef order, NotificationKind kind,
                          Function<NotificationTexts, String> wording) {
        Contact vendor = contacts.require(order.vendorId());
        send(eventId, vendor, vendor.language(), order, kind, wording);
    }

    private void send(String eventId, Contact recipient, String language, OrderRef order, NotificationKind kind,
                      Function<NotificationTexts, String> wording) {
        NotificationTexts texts = NotificationTexts.in(language);
        messages.send(new OutboundMessage(dedupKey(eventId, recipient.userId()), recipient.userId(),
                recipient.phone(), texts.language(), kind, wording.apply(texts), order.orderId(), eventId));
    }

    /** One message per event and recipient: the same event delivered again queues nothing new. */
    static String dedupKey(String eventId, String recipientId) {
        return eventId + ":" + recipientId;
    }

    private static boolean reachedVendor(OrderStatus previousStatus) {
        return previousStatus != null && previousStatus != OrderStatus.PLACED && previousStatus != OrderStatus.DRAFTED;
    }
}
