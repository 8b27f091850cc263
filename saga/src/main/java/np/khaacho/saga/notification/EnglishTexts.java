package np.khaacho.saga.notification;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.calendar.NepaliAmounts;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static np.khaacho.saga.notification.Formats.amount;
import static np.khaacho.saga.notification.Formats.bullets;
import static np.khaacho.saga.notification.Formats.changes;
import static np.khaacho.saga.notification.Formats.dayMonthYear;
import static np.khaacho.saga.notification.Formats.dayMonthYearTime;
import static np.khaacho.saga.notification.Formats.labelled;

/** The messages in English. */
final class EnglishTexts implements NotificationTexts {

    static final String CODE = "en";
    static final EnglishTexts INSTANCE = new EnglishTexts();

    private EnglishTexts() {
    }

    @Override
    public String language() {
        return CODE;
    }

    @Override
    public String orderPlaced(String orderNumber, Money total) {
        return "Order %s received. Total: %s. We are checking stock and credit and will update you shortly."
                .formatted(orderNumber, npr(total));
    }

    @Override
    public String orderDeclined(String orderNumber, String reason, String message, List<String> details) {
        String why = message != null && !message.isBlank() ? message : reason;
        String stop = why.endsWith(".") ? "" : ".";
        return "Sorry, order %s cannot go ahead: %s%s%s".formatted(orderNumber, why, stop, bullets(details));
    }

    @Override
    public String orderAwaitingVendor(String orderNumber, String buyerName, Money total, Instant respondBy) {
        return "New order %s from %s. Total: %s. Please confirm or reject by %s (Nepal time)."
                .formatted(orderNumber, buyerName, npr(total), dayMonthYearTime(respondBy));
    }

    @Override
    public String vendorReminded(String orderNumber, Instant respondBy) {
        return "Reminder: order %s is waiting for your answer. Please confirm or reject by %s (Nepal time)."
                .formatted(orderNumber, dayMonthYearTime(respondBy));
    }

    @Override
    public String orderConfirmed(String orderNumber, String vendorName, LocalDate deliveryDate) {
        return "Good news! %s confirmed order %s. Delivery on %s."
                .formatted(vendorName, orderNumber, dayMonthYear(deliveryDate));
    }

    @Override
    public String orderPartiallyConfirmed(String orderNumber, LocalDate deliveryDate, List<LineChange> changes,
                                          Money total) {
        return "Order %s is partly confirmed. Delivery on %s.\nChanges:%s\nNew total: %s"
                .formatted(orderNumber, dayMonthYear(deliveryDate), changes(changes, "dropped"), npr(total));
    }

    @Override
    public String orderRejected(String orderNumber, String reason) {
        return "Sorry, the vendor could not accept order %s.%s".formatted(orderNumber, labelled("Reason", reason));
    }

    @Override
    public String orderExpired(String orderNumber, OrderStatus previousStatus) {
        if (previousStatus == OrderStatus.DRAFTED) {
            return "Your unconfirmed order %s has expired. Send your order again if you still need it."
                    .formatted(orderNumber);
        }
        String why = previousStatus == OrderStatus.AWAITING_VENDOR ? " as the vendor did not answer in time" : "";
        return "Order %s has expired%s. Please order again if you still need the goods.".formatted(orderNumber, why);
    }

    @Override
    public String orderExpiredForVendor(String orderNumber) {
        return "Order %s has expired as it was not answered in time. Nothing more to do.".formatted(orderNumber);
    }

    @Override
    public String orderCancelled(String orderNumber, String reason) {
        return "Order %s has been cancelled.%s".formatted(orderNumber, labelled("Reason", reason));
    }

    @Override
    public String orderCancelledForVendor(String orderNumber, String buyerName, String reason) {
        return "Order %s from %s has been cancelled. Please do not deliver it.%s"
                .formatted(orderNumber, buyerName, labelled("Reason", reason));
    }

    @Override
    public String orderDispatched(String orderNumber) {
        return "Order %s is on its way.".formatted(orderNumber);
    }

    @Override
    public String orderDelivered(String orderNumber, Money total, PaymentTerms terms, LocalDate dueDate) {
        String payment;
        if (!terms.isCredit()) {
            payment = "Please pay cash on delivery.";
        } else if (dueDate != null) {
            payment = "Please pay by %s.".formatted(dayMonthYear(dueDate));
        } else {
            payment = "Please pay within %d days.".formatted(terms.days());
        }
        return "Order %s delivered. Total: %s. %s".formatted(orderNumber, npr(total), payment);
    }

    @Override
    public String paymentReceived(String orderNumber, Money amount, Money balance) {
        return "Payment of %s received for order %s. Remaining balance: %s."
                .formatted(npr(amount), orderNumber, npr(balance));
    }

    @Override
    public String orderPaid(String orderNumber, Money paidAmount) {
        return "Thank you! Order %s is fully paid (%s).".formatted(orderNumber, npr(paidAmount));
    }

    @Override
    public String paymentReminder(String orderNumber, Money balance, LocalDate dueDate, boolean overdue, String payLink) {
        String day = BsDate.fromGregorian(dueDate).longForm(Language.EN) + " (" + dayMonthYear(dueDate) + ")";
        String pay = payLink == null ? "" : " Pay with Khalti or eSewa: " + payLink;
        if (overdue) {
            return "Reminder: %s for order %s is overdue since %s. Please pay as soon as possible.%s"
                    .formatted(npr(balance), orderNumber, day, pay);
        }
        return "Reminder: %s for order %s is due by %s.%s".formatted(npr(balance), orderNumber, day, pay);
    }

    @Override
    public String placeAgain(String orderNumber) {
        return "Order %s can go ahead now: reply YES to place it again.".formatted(orderNumber);
    }

    @Override
    public String creditHold(String orderNumber, Money total, Money toRelease, String payLink) {
        return ("Order %s (%s) is on hold: it is %s more than your credit available. Paying what you owe makes "
                + "room for it; then reply YES to place it again.%s").formatted(orderNumber, NepaliAmounts.rupees(total, Language.EN),
                NepaliAmounts.rupees(toRelease, Language.EN),
                payLink == null ? "" : " Your khata and Khalti or eSewa: " + payLink);
    }

    @Override
    public String monthlyStatement(String vendorName, String monthName, Money opening, Money delivered, Money paid,
                                   Money closing, String link) {
        return ("Your statement with %s for %s: brought forward %s, delivered %s, paid %s, balance %s.%s")
                .formatted(vendorName, monthName, NepaliAmounts.rupees(opening, Language.EN),
                        NepaliAmounts.rupees(delivered, Language.EN), NepaliAmounts.rupees(paid, Language.EN),
                        NepaliAmounts.rupees(closing, Language.EN), link == null ? "" : " PDF: " + link);
    }

    @Override
    public String repeatSuggestion(List<RepeatItem> items) {
        StringBuilder text = new StringBuilder("Time to order again?");
        for (RepeatItem item : items) {
            text.append("\n• %s: you usually order %s %s every %d days; last %d days ago".formatted(item.name(),
                    item.quantity(), item.unit(), item.usualDays(), item.daysSince()));
        }
        return text.append("\nReply \"same as last time\" to get your last order again, or send a list."
                + " Reply \"stop\" for no more suggestions.").toString();
    }

    @Override
    public String invoiceIssued(String invoiceNumber, String orderNumber, Money total, String link) {
        return "Invoice %s for order %s: %s.%s".formatted(invoiceNumber, orderNumber,
                NepaliAmounts.rupees(total, Language.EN), link == null ? "" : " PDF: " + link);
    }

    @Override
    public String creditNoteIssued(String creditNoteNumber, String invoiceNumber, String orderNumber, Money total,
                                   String link) {
        return "Credit note %s against invoice %s (order %s): %s credited.%s".formatted(creditNoteNumber, invoiceNumber,
                orderNumber, NepaliAmounts.rupees(total, Language.EN), link == null ? "" : " PDF: " + link);
    }

    @Override
    public String paymentReceipt(String gateway, Money amount, Map<String, Money> shares, Money held) {
        StringBuilder text = new StringBuilder("Receipt: %s payment of %s received.".formatted(gateway,
                NepaliAmounts.rupees(amount, Language.EN)));
        shares.forEach((order, share) -> text.append(" Order %s: %s.".formatted(order, NepaliAmounts.rupees(share, Language.EN))));
        if (held.isPositive()) {
            text.append(" %s is held on your account; it is applied to your next orders or paid back.".formatted(
                    NepaliAmounts.rupees(held, Language.EN)));
        }
        return text.toString();
    }

    @Override
    public String heldApplied(Money amount, Map<String, Money> shares, Money stillHeld) {
        StringBuilder text = new StringBuilder("%s held on your account went to what you owe.".formatted(
                NepaliAmounts.rupees(amount, Language.EN)));
        shares.forEach((order, share) -> text.append(" Order %s: %s.".formatted(order, NepaliAmounts.rupees(share, Language.EN))));
        if (stillHeld.isPositive()) {
            text.append(" %s is still held.".formatted(NepaliAmounts.rupees(stillHeld, Language.EN)));
        }
        return text.toString();
    }

    private static String npr(Money money) {
        return "NPR " + amount(money);
    }
}
