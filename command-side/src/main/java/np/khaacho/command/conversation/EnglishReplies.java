package np.khaacho.command.conversation;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.query.Khata;
import np.khaacho.kernel.query.Statements;
import np.khaacho.kernel.query.OrderHeadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class EnglishReplies implements Replies {

    private static final ReorderWords REORDER = new ReorderWords("The same as order %s, at today's prices.",
            "No price has changed.", "Changed since:", EnglishReplies::npr);
    private static final StatementWords STATEMENTS = new StatementWords("Your statement for %s:",
            "Your statement for %s: nothing was delivered or paid, and nothing was owed.",
            "%s: brought forward %s, delivered %s, paid %s, balance %s.",
            "Pay what you owe now with Khalti or eSewa:", EnglishReplies::npr);

    static final EnglishReplies INSTANCE = new EnglishReplies();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private EnglishReplies() {
    }

    @Override
    public String language() {
        return "en";
    }

    private static final SummaryWords SUMMARY = new SummaryWords("Your order:", "Subtotal", "Not possible from %s: %s", "We don't have:",
            "Nothing could be ordered. Please change the list and send it again.", "Total",
            "Reply YES to confirm, or send a corrected list.", "NPR ");

    @Override
    public String summary(List<DraftSummary> drafts, List<Refusal> refusals, List<String> unresolved, Money total) {
        return Replies.summary(SUMMARY, drafts, refusals, unresolved, total);
    }

    @Override
    public String nothingMatched(List<String> unresolved) {
        String missing = unresolved.isEmpty() ? "" : "We could not find: " + String.join(", ", unresolved) + ". ";
        return missing + "Please write each item with its quantity, for example \"2 bora jeera masino, 1 carton Wai Wai\".";
    }

    @Override
    public String nothingToConfirm() {
        return "There is no order waiting for your confirmation. Send your list of items to start one.";
    }

    @Override
    public String summaryReplaced() {
        return "That summary was replaced by your newer list. Reply YES to the latest summary to confirm it.";
    }

    @Override
    public String corrected(String was, String now, String words, String product) {
        return "Corrected: " + was + " → " + now + "." + (words == null ? ""
                : " From now on \"" + words + "\" from you means " + product + ".");
    }

    @Override
    public String nothingToCorrect() {
        return "There is no summary waiting for your confirmation to correct. Send your list of items to start one.";
    }

    @Override
    public String whichLine(List<String> lines) {
        return "Which item do you mean? The summary has: " + String.join(", ", lines)
                + ". Write for example \"" + (lines.isEmpty() ? "chini" : lines.get(0)) + " meant ...\".";
    }

    @Override
    public String correctionNotFound(String right) {
        return "We could not find one product for \"" + right + "\". Please write its name and size, for example"
                + " \"Sunflower Oil 1 L\".";
    }

    @Override
    public String draftsCancelled(List<String> orderNumbers) {
        return "Your unconfirmed order " + String.join(", ", orderNumbers) + " is cancelled. Nothing will be sent.";
    }

    @Override
    public String nothingToCancel(List<OrderHeadline> confirmed) {
        if (confirmed.isEmpty()) {
            return "You have no order that can still be cancelled.";
        }
        return "Order " + confirmed.get(0).orderNumber() + " is already confirmed by the vendor and cannot be "
                + "cancelled here. Please call Khaacho support.";
    }

    @Override
    public String status(List<OrderHeadline> orders) {
        if (orders.isEmpty()) {
            return "You have no orders yet. Send your list of items to order.";
        }
        StringBuilder text = new StringBuilder("Your recent orders:");
        for (OrderHeadline order : orders) {
            text.append("\n• ").append(order.orderNumber()).append(" from ").append(order.vendorName()).append(": ")
                    .append(ReplyFormats.status(order.status())).append(", ").append(npr(order.totalAmount()));
            if (order.deliveryDate() != null) {
                text.append(", delivery ").append(DAY.format(order.deliveryDate()));
            }
        }
        return text.toString();
    }

    @Override
    public String nothingToReorder() {
        return "There is no earlier order to repeat. Send your list of items to start one.";
    }

    @Override
    public String suggestionsStopped() {
        return "Done: no more suggestions to order again. Your orders and their updates still come as before.";
    }

    @Override
    public String reorderIntro(String orderNumber, List<PriceChange> changes) {
        return Replies.reorderIntro(REORDER, orderNumber, changes);
    }

    @Override
    public String statements(Statements statements, Map<String, String> links, String payLink) {
        return Replies.statements(STATEMENTS, statements.month().displayName(Language.EN), statements, links, payLink);
    }

    @Override
    public String khata(Khata khata, String payLink) {
        StringBuilder text = new StringBuilder();
        if (khata.vendors().isEmpty()) {
            text.append("Your khata: nothing is owed now.");
        } else {
            text.append("Your khata: ").append(npr(khata.owed())).append(" owed.");
            for (Khata.VendorDues vendor : khata.vendors()) {
                text.append("\n\n").append(vendor.vendorName()).append(": ").append(npr(vendor.owed()));
                for (Khata.Due due : vendor.orders()) {
                    text.append("\n• ").append(due.orderNumber()).append(" ").append(npr(due.balance()));
                    if (due.dueDate() != null) {
                        text.append(due.overdue() ? ", overdue since " : ", due ")
                                .append(BsDate.fromGregorian(due.dueDate()).longForm(Language.EN)).append(" (")
                                .append(DAY.format(due.dueDate())).append(")");
                    } else {
                        text.append(", cash on delivery");
                    }
                }
            }
        }
        if (!khata.lastPayments().isEmpty()) {
            text.append("\n\nLast payments:");
            for (Khata.Paid paid : khata.lastPayments()) {
                LocalDate day = paid.at().atZone(BsDate.NEPAL).toLocalDate();
                text.append("\n• ").append(BsDate.fromGregorian(day).longForm(Language.EN)).append(" (")
                        .append(DAY.format(day)).append("): ").append(npr(paid.amount())).append(" by ")
                        .append(paid.gateway() != null ? ReplyFormats.gateway(paid.gateway()) : paid.method().toLowerCase(Locale.ROOT));
            }
        }
        if (khata.available() != null) {
            text.append("\n\nCredit available: ").append(npr(khata.available())).append(" of ")
                    .append(npr(khata.creditLimit())).append(".");
        }
        if (khata.held().isPositive()) {
            text.append("\nHeld on your account: ").append(npr(khata.held())).append(".");
        }
        if (payLink != null && khata.owed().isPositive()) {
            text.append("\n\nPay with Khalti or eSewa: ").append(payLink);
        }
        text.append("\n\nA month's statement: write e.g. \"statement kartik\" or \"last month statement\".");
        return text.toString();
    }

    @Override
    public String help() {
        return "Namaste! Send your order as a list, for example \"2 bora jeera masino, 1 carton Wai Wai\", "
                + "or a photo of your list. Reply YES to confirm an order, STATUS to see your orders, "
                + "CANCEL to cancel the latest one.";
    }

    @Override
    public String unknownPhone() {
        return "Namaste! This number is not registered with Khaacho yet. Our team will contact you soon to set up "
                + "your shop.";
    }

    @Override
    public String notABuyer() {
        return "This number belongs to a Khaacho vendor or staff account. Please use the Khaacho portal.";
    }

    @Override
    public String photoUnreadable(String reason) {
        return "Sorry, we could not read your photo (" + reason + "). Please send a clearer photo or type the list.";
    }

    @Override
    public String slowDown(int limit, long minutes) {
        return "You are sending messages faster than we can read them. We read up to " + limit + " messages in "
                + (minutes == 1 ? "a minute" : minutes + " minutes")
                + " from one number; please wait a moment and send your order again as one message.";
    }

    @Override
    public String failed() {
        return "Sorry, something went wrong with your message. Please send it again in a little while.";
    }

    private static String npr(Money money) {
        return "NPR " + ReplyFormats.amount(money);
    }
}
