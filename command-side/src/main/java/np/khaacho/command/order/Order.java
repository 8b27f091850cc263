package np.khaacho.command.order;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.demand.DemandLost;
import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.ConfirmOrderPartially;
import np.khaacho.kernel.order.DeclineOrder;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.DiscardDraft;
import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.ExpireOrder;
import np.khaacho.kernel.order.IgnoresOrderEvent;
import np.khaacho.kernel.order.LineAdjustment;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.PlaceDraftedOrder;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.order.RejectOrder;
import np.khaacho.kernel.order.RemindPayment;
import np.khaacho.kernel.order.RemindVendor;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.reading.CorrectedBy;
import np.khaacho.kernel.reading.LineMeant;
import np.khaacho.kernel.reading.ReadingCorrected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR;
import static np.khaacho.kernel.order.OrderStatus.CANCELLED;
import static np.khaacho.kernel.order.OrderStatus.CONFIRMED;
import static np.khaacho.kernel.order.OrderStatus.DECLINED;
import static np.khaacho.kernel.order.OrderStatus.DELIVERED;
import static np.khaacho.kernel.order.OrderStatus.DISCARDED;
import static np.khaacho.kernel.order.OrderStatus.DISPATCHED;
import static np.khaacho.kernel.order.OrderStatus.DRAFTED;
import static np.khaacho.kernel.order.OrderStatus.EXPIRED;
import static np.khaacho.kernel.order.OrderStatus.PAID;
import static np.khaacho.kernel.order.OrderStatus.PLACED;
import static np.khaacho.kernel.order.OrderStatus.REJECTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order's life from draft or placement to payment, as an explicit state machine. The commands
 * the fulfilment saga sends change nothing when repeated, or when the order has already moved on.
 * <p>
 * Why this class is longer than 300 lines: Axon wants every command handler and every event-sourcing
 * handler of the aggregate on this one class, and an order answers sixteen commands and sources itself
 * from sixteen events, each a short guard and an apply, or a field or two set. What needs no place here
 * lives beside it: the placement rules and prices ({@link OrderPlacementRules}), the lines of a partial
 * confirmation ({@link PartialConfirmation}) and the money side of a delivered order ({@link OrderPayments}).
 */
@Aggregate(cache = "orderCache")
@IgnoresOrderEvent(value = PaymentReminded.class, because = "a reminder changes nothing the order decides on")
public class Order {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final Set<OrderStatus> BUYER_MAY_CANCEL = Set.of(PLACED, AWAITING_VENDOR);
    private static final Set<OrderStatus> STAFF_MAY_CANCEL = Set.of(PLACED, AWAITING_VENDOR, CONFIRMED, DISPATCHED);
    private static final Set<OrderStatus> WAITING_FOR_AN_ANSWER = Set.of(DRAFTED, AWAITING_VENDOR);

    @AggregateIdentifier
    private OrderId orderId;
    private OrderHeader header;
    private List<OrderLine> orderedLines;
    private List<OrderLine> lines;
    private Money totalAmount;
    private PaymentTerms paymentTerms;
    private String messageId;
    private OrderStatus status;
    private boolean vendorReminded;
    private LocalDate deliveryDate;
    private final OrderPayments payments = new OrderPayments();

    protected Order() {
        // Axon rebuilds an order from its events starting from this empty instance.
    }

    @CommandHandler
    public Order(PlaceOrder command, OrderingTerms terms) {
        apply(new OrderPlacementRules(terms).approve(command));
    }

    @CommandHandler
    public Order(DraftOrder command, OrderingTerms terms) {
        apply(new OrderPlacementRules(terms).approve(command));
    }

    @CommandHandler
    void handle(PlaceDraftedOrder command) {
        if (status != DRAFTED && status != DISCARDED && status != EXPIRED) {
            return;
        }
        require(Set.of(DRAFTED), "place");
        // exactly what the buyer was shown and said yes to, even if prices changed since
        apply(new OrderPlaced(orderId, header, lines, totalAmount, paymentTerms));
    }

    @CommandHandler
    void handle(DiscardDraft command) {
        if (status == DISCARDED) {
            return;
        }
        require(Set.of(DRAFTED), "discard");
        apply(new OrderDraftDiscarded(orderId, header.buyerId(), messageId, command.reason()));
    }

    @CommandHandler
    void handle(DeclineOrder command) {
        if (isBlank(command.reason())) {
            throw invalid("declining an order needs a reason");
        }
        if (status == DECLINED) {
            return;
        }
        require(Set.of(PLACED), "decline");
        apply(new OrderDeclined(orderId, header.buyerId(), header.vendorId(), command.reason(), command.message(),
                command.details() == null ? List.of() : command.details(), command.creditShortfall()));
        LostDemandCause cause = "CREDIT_DECLINED".equals(command.reason()) ? LostDemandCause.CREDIT_DECLINED
                : LostDemandCause.OUT_OF_STOCK;
        lines.forEach(line -> lost(line, line.quantity(), cause));
    }

    @CommandHandler
    void handle(MarkOrderAwaitingVendor command) {
        if (command.respondBy() == null) {
            throw invalid("the vendor needs a time to answer by");
        }
        if (status != PLACED && status != DRAFTED) {
            // the vendor answered, or the order ended, before the saga got here
            return;
        }
        require(Set.of(PLACED), "ask the vendor about");
        apply(new OrderAwaitingVendor(orderId, header.buyerId(), header.vendorId(), totalAmount, command.respondBy()));
    }

    @CommandHandler
    void handle(RemindVendor command) {
        if (command.respondBy() == null) {
            throw invalid("a reminder needs a time to answer by");
        }
        if (status != AWAITING_VENDOR || vendorReminded) {
            return;
        }
        apply(new VendorReminded(orderId, header.vendorId(), command.respondBy()));
    }

    @CommandHandler
    void handle(ExpireOrder command) {
        if (!WAITING_FOR_AN_ANSWER.contains(status)) {
            // the answer came before the timer: too late to expire
            return;
        }
        OrderStatus before = status;
        apply(new OrderExpired(orderId, header.buyerId(), header.vendorId(), status, command.reason()));
        if (before == AWAITING_VENDOR) {
            lines.forEach(line -> lost(line, line.quantity(), LostDemandCause.NOT_ANSWERED));
        }
    }

    @CommandHandler
    void handle(ConfirmOrder command) {
        if (command.deliveryDate() == null) {
            throw invalid("a confirmation needs a delivery date");
        }
        if (status == CONFIRMED && command.deliveryDate().equals(deliveryDate)) {
            return;
        }
        require(Set.of(AWAITING_VENDOR), "confirm");
        apply(new OrderConfirmed(orderId, header.vendorId(), command.deliveryDate()));
    }

    @CommandHandler
    void handle(ConfirmOrderPartially command) {
        if (command.deliveryDate() == null) {
            throw invalid("a confirmation needs a delivery date");
        }
        if (status == CONFIRMED && command.deliveryDate().equals(deliveryDate)
                && PartialConfirmation.of(orderedLines, command.adjustments()).lines().equals(lines)) {
            return;
        }
        require(Set.of(AWAITING_VENDOR), "partially confirm");
        List<LineAdjustment> misread = command.adjustments() == null ? List.of()
                : command.adjustments().stream().filter(a -> a != null && a.meant() != null).toList();
        for (LineAdjustment adjustment : misread) {
            if (messageId == null) {
                throw invalid("only a line read from the buyer's message can be said to mean another product");
            }
            if (adjustment.quantity().isPositive()) {
                throw invalid("a line the buyer meant as another product is dropped: send quantity 0 for "
                        + adjustment.productId().value());
            }
            if (adjustment.meant().productId().equals(adjustment.productId())) {
                throw invalid("the buyer's line " + adjustment.productId().value() + " cannot mean its own product");
            }
        }
        PartialConfirmation confirmation = PartialConfirmation.of(lines, command.adjustments());
        List<OrderLine> asked = lines;
        apply(new OrderPartiallyConfirmed(orderId, header.buyerId(), header.vendorId(), command.deliveryDate(),
                confirmation.lines(), confirmation.changes(), totalAmount, confirmation.total()));
        for (LineChange change : confirmation.changes()) {
            if (misread.stream().anyMatch(a -> a.productId().equals(change.productId()))) {
                continue; // read wrong, not wanted: no demand of it was lost
            }
            asked.stream().filter(line -> line.productId().equals(change.productId())).findFirst().ifPresent(line ->
                    lost(line, change.previousQuantity().minus(change.quantity()), LostDemandCause.CUT_BY_VENDOR));
        }
        for (LineAdjustment adjustment : misread) {
            LineMeant meant = adjustment.meant();
            apply(new ReadingCorrected(orderId.value() + "|" + adjustment.productId().value(), header.buyerId(),
                    meant.words(), adjustment.productId(), meant.productId(), meant.sku(), CorrectedBy.VENDOR, orderId,
                    messageId));
        }
    }

    @CommandHandler
    void handle(RejectOrder command) {
        if (isBlank(command.reason())) {
            throw invalid("a rejection needs a reason");
        }
        if (status == REJECTED) {
            return;
        }
        require(Set.of(AWAITING_VENDOR), "reject");
        apply(new OrderRejected(orderId, header.vendorId(), command.reason()));
        lines.forEach(line -> lost(line, line.quantity(), LostDemandCause.REJECTED_BY_VENDOR));
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
        require(cancelledBy == CancelledBy.BUYER ? BUYER_MAY_CANCEL : STAFF_MAY_CANCEL, "let " + cancelledBy + " cancel");
        apply(new OrderCancelled(orderId, header.buyerId(), cancelledBy, command.reason(), status));
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
        if (status == DELIVERED || status == PAID) {
            return;
        }
        require(Set.of(DISPATCHED), "deliver");
        LocalDate dueDate = paymentTerms.isCredit() ? today().plusDays(paymentTerms.days()) : null;
        apply(new OrderDelivered(orderId, header.buyerId(), totalAmount, paymentTerms, dueDate));
    }

    @CommandHandler
    void handle(RecordOrderPayment command) {
        OrderPayments.check(command);
        if (payments.hasCounted(command.paymentId())) {
            return;
        }
        require(Set.of(DELIVERED), "record a payment for");
        payments.pay(orderId, header.buyerId(), totalAmount, command).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RemindPayment command) {
        if (status != DELIVERED) {
            // paid meanwhile: nothing to remind of
            return;
        }
        payments.remind(orderId, header.buyerId(), totalAmount, command).forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(OrderDrafted event) {
        begin(event.orderId(), event.header(), event.lines(), event.totalAmount(), event.paymentTerms());
        messageId = event.messageId();
        status = DRAFTED;
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        begin(event.orderId(), event.header(), event.lines(), event.totalAmount(), event.paymentTerms());
        status = PLACED;
    }

    /** What a draft and a placed order both start with (a placed draft starts again from the same). */
    private void begin(OrderId id, OrderHeader orderHeader, List<OrderLine> orderLines, Money total,
                       PaymentTerms terms) {
        orderId = id;
        header = orderHeader;
        orderedLines = orderLines;
        lines = orderLines;
        totalAmount = total;
        paymentTerms = terms;
    }

    @EventSourcingHandler
    void on(OrderDraftDiscarded event) {
        status = DISCARDED;
    }

    /** A line, or the part of it, the buyer asked for and will not get: lost demand, with its value. */
    private void lost(OrderLine line, Quantity quantity, LostDemandCause cause) {
        if (!quantity.isPositive()) {
            return;
        }
        apply(new DemandLost(orderId.value() + "|" + line.productId().value() + "|" + cause, cause, header.buyerId(),
                header.vendorId(), line.productId(), line.sku(), line.name(), quantity, line.unitPrice(),
                line.unitPrice().times(quantity), orderId));
    }

    @EventSourcingHandler
    void on(OrderDeclined event) {
        status = DECLINED;
    }

    @EventSourcingHandler
    void on(OrderAwaitingVendor event) {
        status = AWAITING_VENDOR;
    }

    @EventSourcingHandler
    void on(VendorReminded event) {
        vendorReminded = true;
    }

    @EventSourcingHandler
    void on(OrderExpired event) {
        status = EXPIRED;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        deliveryDate = event.deliveryDate();
        status = CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderPartiallyConfirmed event) {
        deliveryDate = event.deliveryDate();
        lines = event.lines();
        totalAmount = event.totalAmount();
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
        payments.recorded(event);
    }

    @EventSourcingHandler
    void on(OrderPaid event) {
        status = PAID;
    }

    @EventSourcingHandler
    void on(OrderOverdue event) {
        payments.fellOverdue();
    }

    private void require(Set<OrderStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw DomainException.illegalTransition(orderId.value(), status, action);
        }
    }

    /** The day in Nepal by Axon's event clock, which test fixtures move, so due dates follow simulated time. */
    private static LocalDate today() {
        return LocalDate.now(GenericEventMessage.clock.withZone(NEPAL));
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.VALIDATION_ERROR, message);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
