package np.khaacho.command.order;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderEvent;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.order.RemindPayment;
import np.khaacho.kernel.party.BuyerId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The money side of a delivered order: how much of its total is paid, which payments are counted
 * already (a payment sent again changes nothing), and whether it fell overdue. It works out the
 * events a payment or a reminder leads to; the order applies them and hands back what they say.
 */
final class OrderPayments {

    private final Set<String> counted = new HashSet<>();
    private Money paid = Money.ZERO;
    private boolean overdue;

    /** A payment that names no payment id, no positive amount or no method must not happen at all. */
    static void check(RecordOrderPayment command) {
        if (command.paymentId() == null || command.paymentId().isBlank()) {
            throw invalid("a payment needs a payment id");
        }
        if (command.amount() == null || !command.amount().isPositive()) {
            throw invalid("a payment amount must be positive");
        }
        if (command.method() == null) {
            throw invalid("a payment needs a method");
        }
    }

    boolean hasCounted(String paymentId) {
        return counted.contains(paymentId);
    }

    /** The payment is recorded, and the order is paid when it settles the balance; more than the balance is refused. */
    List<OrderEvent> pay(OrderId orderId, BuyerId buyerId, Money total, RecordOrderPayment command) {
        Money balance = total.minus(paid);
        if (command.amount().isGreaterThan(balance)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE,
                    "payment of " + command.amount() + " exceeds the balance of " + balance + " on " + orderId);
        }
        Money paidNow = paid.plus(command.amount());
        Money balanceNow = balance.minus(command.amount());
        OrderPaymentRecorded recorded = new OrderPaymentRecorded(orderId, buyerId, command.paymentId(),
                command.amount(), command.method(), paidNow, balanceNow);
        return balanceNow.isZero() ? List.of(recorded, new OrderPaid(orderId, buyerId, paidNow)) : List.of(recorded);
    }

    /** The buyer is reminded of the balance; the first reminder after the due date also marks the order overdue. */
    List<OrderEvent> remind(OrderId orderId, BuyerId buyerId, Money total, RemindPayment command) {
        Money balance = total.minus(paid);
        PaymentReminded reminded = new PaymentReminded(orderId, buyerId, command.dueDate(), balance,
                command.overdue());
        if (command.overdue() && !overdue) {
            return List.of(new OrderOverdue(orderId, buyerId, command.dueDate(), balance), reminded);
        }
        return List.of(reminded);
    }

    void recorded(OrderPaymentRecorded event) {
        counted.add(event.paymentId());
        paid = event.paidAmount();
    }

    void fellOverdue() {
        overdue = true;
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.VALIDATION_ERROR, message);
    }
}
