package np.khaacho.query.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.PaymentReminded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** The short sentence an order's timeline shows next to each step. */
final class Notes {

    private Notes() {
    }

    static String drafted(OrderDrafted e) {
        return e.lines().size() + " lines, total " + e.totalAmount() + ", waiting for the buyer's confirmation";
    }

    static String placed(OrderPlaced e) {
        return e.lines().size() + " lines, total " + e.totalAmount() + ", terms " + e.paymentTerms();
    }

    static String answerBy(Instant respondBy) {
        return "the vendor is asked to answer by " + respondBy;
    }

    static String deliveryOn(LocalDate date) {
        return "delivery on " + date;
    }

    static String partiallyConfirmed(OrderPartiallyConfirmed e) {
        String changes = e.changes().stream().map(Notes::change).collect(Collectors.joining("; "));
        return "partly confirmed, total " + e.previousTotal() + " → " + e.totalAmount()
                + ", delivery on " + e.deliveryDate() + (changes.isEmpty() ? "" : ": " + changes);
    }

    static String declined(OrderDeclined e) {
        return e.message() == null || e.message().isBlank() ? e.reason() : e.reason() + ": " + e.message();
    }

    static String cancelled(OrderCancelled e) {
        return "by " + e.cancelledBy() + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason());
    }

    static String delivered(OrderDelivered e) {
        return e.dueDate() == null ? "cash on delivery" : "due by " + e.dueDate();
    }

    static String payment(OrderPaymentRecorded e) {
        return e.amount() + " by " + e.method() + ", balance " + e.balance();
    }

    static String overdue(LocalDate dueDate, Money balance) {
        return balance + " still owed after the due date " + dueDate;
    }

    static String reminded(PaymentReminded e) {
        return (e.overdue() ? "overdue" : "due by " + e.dueDate()) + ": " + e.balance() + " owed";
    }

    private static String change(LineChange change) {
        return change.sku() + " " + change.previousQuantity() + " → " + change.quantity();
    }
}
