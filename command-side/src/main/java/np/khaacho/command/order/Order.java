package np.khaacho.command.order;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.credit.PaymentTerms;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.order.RejectOrder;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR;
import static np.khaacho.kernel.order.OrderStatus.CANCELLED;
import static np.khaacho.kernel.order.OrderStatus.CONFIRMED;
import static np.khaacho.kernel.order.OrderStatus.DELIVERED;
import static np.khaacho.kernel.order.OrderStatus.DISPATCHED;
import static np.khaacho.kernel.order.OrderStatus.PAID;
import static np.khaacho.kernel.order.OrderStatus.PLACED;
import static np.khaacho.kernel.order.OrderStatus.REJECTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An order's life from placement to payment, as an explicit state machine. */
@Aggregate
public class Order {

    private static final Set<OrderStatus> AWAITING_ANSWER = Set.of(PLACED, AWAITING_VENDOR);
    private static final Set<OrderStatus> BEFORE_DELIVERY = Set.of(PLACED, AWAITING_VENDOR, CONFIRMED, DISPATCHED);

    @AggregateIdentifier
    private OrderId orderId;
    private BuyerId buyerId;
    private VendorId vendorId;
    private List<OrderLine> lines;
    private Money totalAmount;
    private PaymentTerms paymentTerms;
    private OrderStatus status;
    private LocalDate deliveryDate;
    private Money paidAmount;
    private final Set<String> paymentIds = new HashSet<>();

    protected Order() {
        // Axon rebuilds an order from its events starting from this empty instance.
    }

    @CommandHandler
    public Order(PlaceOrder command, OrderingTerms terms) {
        apply(new OrderPlacementRules(terms).approve(command));
    }

    @CommandHandler
    void handle(ConfirmOrder command) {
        if (command.deliveryDate() == null) {
            throw invalid("a confirmation needs a delivery date");
        }
        if (status == CONFIRMED && command.deliveryDate().equals(deliveryDate)) {
            return;
        }
        require(AWAITING_ANSWER, "confirm");
        apply(new OrderConfirmed(orderId, vendorId, command.deliveryDate()));
    }

    @CommandHandler
    void handle(RejectOrder command) {
        if (isBlank(command.reason())) {
            throw invalid("a rejection needs a reason");
        }
        if (status == REJECTED) {
            return;
        }
        require(AWAITING_ANSWER, "reject");
        apply(new OrderRejected(orderId, vendorId, command.reason()));
    }

    @CommandHandler
    void handle(CancelOrder command) {
        CancelledBy cancelledBy = command.cancelledBy();
        if (cancelledBy == null) {
            throw invalid("a cancellation must say who cancels");
        }
        if (status == CANCELLED) {
            return;
        }
        // A confirmed order has a vendor working on it: only staff may call it off then.
        require(cancelledBy == CancelledBy.BUYER ? AWAITING_ANSWER : BEFORE_DELIVERY, "let " + cancelledBy + " cancel");
        apply(new OrderCancelled(orderId, buyerId, cancelledBy, command.reason(), status));
    }

    @CommandHandler
    void handle(DispatchOrder command) {
        if (status == DISPATCHED) {
            return;
        }
        require(Set.of(CONFIRMED), "dispatch");
        apply(new OrderDispatched(orderId, lines));
    }

    @CommandHandler
    void handle(DeliverOrder command) {
        if (status == DELIVERED) {
            return;
        }
        require(Set.of(DISPATCHED), "deliver");
        apply(new OrderDelivered(orderId, buyerId, totalAmount, paymentTerms));
    }

    @CommandHandler
    void handle(RecordOrderPayment command) {
        if (isBlank(command.paymentId())) {
            throw invalid("a payment needs a payment id");
        }
        if (command.amount() == null || !command.amount().isPositive()) {
            throw invalid("a payment amount must be positive");
        }
        if (command.method() == null) {
            throw invalid("a payment needs a method");
        }
        if (paymentIds.contains(command.paymentId())) {
            return;
        }
        require(Set.of(DELIVERED), "record a payment for");
        Money balance = totalAmount.minus(paidAmount);
        if (command.amount().isGreaterThan(balance)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE,
                    "payment of " + command.amount() + " exceeds the balance of " + balance + " on " + orderId);
        }
        Money paidNow = paidAmount.plus(command.amount());
        Money balanceNow = balance.minus(command.amount());
        apply(new OrderPaymentRecorded(orderId, buyerId, command.paymentId(), command.amount(), command.method(),
                paidNow, balanceNow));
        if (balanceNow.isZero()) {
            apply(new OrderPaid(orderId, buyerId, paidNow));
        }
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        buyerId = event.buyerId();
        vendorId = event.vendorId();
        lines = event.lines();
        totalAmount = event.totalAmount();
        paymentTerms = event.paymentTerms();
        paidAmount = Money.ZERO;
        status = PLACED;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        deliveryDate = event.deliveryDate();
        status = CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderRejected event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderDispatched event) {
        status = DISPATCHED;
    }

    @EventSourcingHandler
    void on(OrderDelivered event) {
        status = DELIVERED;
    }

    @EventSourcingHandler
    void on(OrderPaymentRecorded event) {
        paymentIds.add(event.paymentId());
        paidAmount = event.paidAmount();
    }

    @EventSourcingHandler
    void on(OrderPaid event) {
        status = PAID;
    }

    private void require(Set<OrderStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw DomainException.illegalTransition(orderId.value(), status, action);
        }
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.VALIDATION_ERROR, message);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
