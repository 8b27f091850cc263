package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The wording of every outbound message, short as a WhatsApp message, in one language. */
public interface NotificationTexts {

    /** Nepali for "ne" and its variants (romanized Nepali readers read Devanagari too); English for the rest. */
    static NotificationTexts in(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith(NepaliTexts.CODE)
                ? NepaliTexts.INSTANCE
                : EnglishTexts.INSTANCE;
    }

    /** The language code the texts are written in: "en" or "ne". */
    String language();

    String orderPlaced(String orderNumber, Money total);

    /** The reason is a code (INSUFFICIENT_STOCK, CREDIT_DECLINED); the message says it in English words. */
    String orderDeclined(String orderNumber, String reason, String message, List<String> details);

    String orderAwaitingVendor(String orderNumber, String buyerName, Money total, Instant respondBy);

    String vendorReminded(String orderNumber, Instant respondBy);

    String orderConfirmed(String orderNumber, String vendorName, LocalDate deliveryDate);

    String orderPartiallyConfirmed(String orderNumber, LocalDate deliveryDate, List<LineChange> changes, Money total);

    String orderRejected(String orderNumber, String reason);

    /** To the buyer; a draft that expired was never confirmed, an order awaiting the vendor went unanswered. */
    String orderExpired(String orderNumber, OrderStatus previousStatus);

    String orderExpiredForVendor(String orderNumber);

    String orderCancelled(String orderNumber, String reason);

    String orderCancelledForVendor(String orderNumber, String buyerName, String reason);

    String orderDispatched(String orderNumber);

    /** The due date is for credit terms; cash on delivery has none. */
    String orderDelivered(String orderNumber, Money total, PaymentTerms terms, LocalDate dueDate);

    String paymentReceived(String orderNumber, Money amount, Money balance);

    /**
     * A wallet payment's receipt: the gateway (Khalti, eSewa), the amount, what went to each order (by
     * order number, oldest due first) and what is held on the account, if anything.
     */
    String paymentReceipt(String gateway, Money amount, Map<String, Money> shares, Money held);

    /** Money held on the account went to orders (by order number): how much to each, and what is still held. */
    String heldApplied(Money amount, Map<String, Money> shares, Money stillHeld);

    String orderPaid(String orderNumber, Money paidAmount);

    /** The buyer's invoice; {@code link} to its PDF, or null when there is none. */
    String invoiceIssued(String invoiceNumber, String orderNumber, Money total, String link);

    /** A credit note correcting the buyer's invoice; {@code link} to its PDF, or null when there is none. */
    String creditNoteIssued(String creditNoteNumber, String invoiceNumber, String orderNumber, Money total, String link);

    /**
     * An order held for credit: its total is {@code toRelease} more than the credit available; paying what
     * is owed (at the link, when there is one) makes room for it, and the buyer sends it again.
     */
    String creditHold(String orderNumber, Money total, Money toRelease, String payLink);

    /**
     * The statement of a month just ended with one vendor: brought forward, delivered, paid, carried
     * forward, and the PDF's link.
     */
    String monthlyStatement(String vendorName, String monthName, Money opening, Money delivered, Money paid,
                            Money closing, String link);

    /**
     * What the buyer usually buys and has not for longer than usual: each with its usual quantity, how often
     * and how long ago; how to order it again, and "stop".
     */
    String repeatSuggestion(List<RepeatItem> items);

    /** A product the buyer is due to buy again. */
    record RepeatItem(String name, String quantity, String unit, int usualDays, int daysSince) {
    }

    /** After a payment: the order declined for credit lately can be placed again with a yes. */
    String placeAgain(String orderNumber);

    /** A reminder before or after the due date (BS first, AD beside it), with the link to pay, or null without one. */
    String paymentReminder(String orderNumber, Money balance, LocalDate dueDate, boolean overdue, String payLink);
}
