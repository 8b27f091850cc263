package np.khaacho.saga.fulfilment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.AdjustCreditReservation;
import np.khaacho.kernel.credit.ChargeCredit;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditReservationDeclined;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.RecordRepayment;
import np.khaacho.kernel.credit.ReleaseCredit;
import np.khaacho.kernel.credit.ReserveCredit;
import np.khaacho.kernel.order.DeclineOrder;
import np.khaacho.kernel.order.ExpireOrder;
import np.khaacho.kernel.order.IgnoresOrderEvent;
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
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.payment.ApplyHeldCredit;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.RemindPayment;
import np.khaacho.kernel.order.RemindVendor;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.stock.AdjustStockReservation;
import np.khaacho.kernel.stock.CommitStock;
import np.khaacho.kernel.stock.ReleaseStock;
import np.khaacho.kernel.stock.ReserveStock;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one order from draft or placement to its end: holds the buyer's credit (credit terms) and
 * the stock of every line, waits for the vendor (reminding once, then expiring), adjusts what it
 * holds to a partial confirmation, commits stock on dispatch, turns the credit hold into an amount
 * owed on delivery and reminds the buyer to pay. Every way out releases what was held.
 * <p>
 * Commands are sent and awaited inside the handler: they commit with the saga's own state, and a
 * failure fails the event, which the processor retries, so no step is lost or half done. Every
 * command it sends is idempotent, so a redelivered event changes nothing twice.
 * <p>
 * Sagas of different orders run in parallel (segments), and an aggregate stays locked until the
 * handler's transaction commits. So that two handlers never wait for each other, every handler takes
 * its aggregates in one order: stock, by product id, then the buyer's credit, then the order.
 * <p>
 * Why this class is longer than 300 lines: it is one order's whole process, and it reads best top to
 * bottom, each step with its compensation next to it. Axon wants its event and deadline handlers on
 * this one class, and its fields are the state stored for every running saga, which a part moved to
 * another class would have to keep exactly. What needs no place here lives beside it: a line's
 * reservation ({@link ReservedLine}), the deadlines' payload ({@link OrderDeadline}) and the timings
 * ({@link FulfilmentSettings}).
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@IgnoresOrderEvent(value = OrderAwaitingVendor.class,
        because = "the saga asked for it (MarkOrderAwaitingVendor) and set the vendor's deadline as it asked")
@IgnoresOrderEvent(value = VendorReminded.class,
        because = "the saga's vendor deadline asked for it (RemindVendor) and set the next deadline as it asked")
@IgnoresOrderEvent(value = OrderOverdue.class,
        because = "the saga's overdue deadline asked for it (RemindPayment); nothing held changes")
@IgnoresOrderEvent(value = PaymentReminded.class,
        because = "the saga's payment deadlines asked for it (RemindPayment); nothing held changes")
public class OrderFulfilmentSaga {

    static final String ORDER_ID = "orderId";
    static final String DRAFT_EXPIRY = "draft-expiry";
    static final String VENDOR_RESPONSE = "vendor-response";
    static final String PAYMENT_DUE_SOON = "payment-due-soon";
    static final String PAYMENT_OVERDUE = "payment-overdue";
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private OrderId orderId;
    private BuyerId buyerId;
    private PaymentTerms paymentTerms;
    private Money totalAmount;
    private boolean creditAsked;
    private boolean creditHeld;
    private boolean decided;
    private boolean vendorReminded;
    /** The end of the vendor's time to answer, once asked. */
    private Instant respondBy;
    private LocalDate dueDate;
    private Map<String, String> deadlineIds = new LinkedHashMap<>();
    private Map<String, ReservedLine> lines = new LinkedHashMap<>();

    // ---- drafts: a draft waits for the buyer's confirmation ----

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderDrafted event, DeadlineManager deadlines, FulfilmentSettings settings) {
        remember(event.orderId(), event.header().buyerId(), event.paymentTerms(), event.totalAmount(), event.lines());
        schedule(deadlines, now().plus(settings.draftExpiry()), DRAFT_EXPIRY);
    }

    @DeadlineHandler(deadlineName = DRAFT_EXPIRY)
    public void draftExpired(OrderDeadline deadline, CommandGateway commands) {
        deadlineIds.remove(DRAFT_EXPIRY);
        commands.sendAndWait(new ExpireOrder(orderId, "the buyer did not confirm in time"));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderDraftDiscarded event, DeadlineManager deadlines) {
        cancel(deadlines, DRAFT_EXPIRY);
    }

    // ---- placement: credit first (credit terms), then stock for every line ----

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPlaced event, @Timestamp Instant at, CommandGateway commands, DeadlineManager deadlines,
                   FulfilmentSettings settings) {
        cancel(deadlines, DRAFT_EXPIRY);
        remember(event.orderId(), event.header().buyerId(), event.paymentTerms(), event.totalAmount(), event.lines());
        if (paymentTerms.isCredit()) {
            reserveCredit(commands);
        } else {
            reserveStock(at, commands, deadlines, settings);
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(CreditReserved event, @Timestamp Instant at, CommandGateway commands, DeadlineManager deadlines,
                   FulfilmentSettings settings) {
        creditHeld = true;
        reserveStock(at, commands, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(CreditReservationDeclined event, CommandGateway commands) {
        String message = "CREDIT_LIMIT_EXCEEDED".equals(event.reason())
                ? "the order total " + event.requested() + " is more than the available credit " + event.available()
                : "the buyer's account takes no credit orders";
        Money shortfall = "CREDIT_LIMIT_EXCEEDED".equals(event.reason())
                ? event.requested().minus(event.available()) : null;
        decline(commands, "CREDIT_DECLINED", message, List.of(event.reason()), shortfall);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(StockReserved event, @Timestamp Instant at, CommandGateway commands, DeadlineManager deadlines,
                   FulfilmentSettings settings) {
        lines.computeIfPresent(event.productId().value(), (id, line) -> line.reserved());
        decideWhenAllLinesAnswered(at, commands, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(StockReservationDeclined event, @Timestamp Instant at, CommandGateway commands,
                   DeadlineManager deadlines, FulfilmentSettings settings) {
        lines.computeIfPresent(event.productId().value(), (id, line) -> line.shortOf(event.available()));
        decideWhenAllLinesAnswered(at, commands, deadlines, settings);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderDeclined event, CommandGateway commands) {
        releaseEverything(commands, "order declined");
    }

    // ---- the vendor answers, or does not ----

    @DeadlineHandler(deadlineName = VENDOR_RESPONSE)
    public void vendorDidNotAnswer(OrderDeadline deadline, CommandGateway commands, DeadlineManager deadlines,
                                   FulfilmentSettings settings) {
        deadlineIds.remove(VENDOR_RESPONSE);
        if (!vendorReminded) {
            vendorReminded = true;
            respondBy = vendorTimeFrom(respondBy, settings);
            commands.sendAndWait(new RemindVendor(orderId, respondBy));
            schedule(deadlines, respondBy, VENDOR_RESPONSE);
        } else {
            commands.sendAndWait(new ExpireOrder(orderId, "the vendor did not answer in time"));
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderConfirmed event, DeadlineManager deadlines) {
        cancel(deadlines, VENDOR_RESPONSE);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPartiallyConfirmed event, CommandGateway commands, DeadlineManager deadlines) {
        cancel(deadlines, VENDOR_RESPONSE);
        for (LineChange change : event.changes().stream()
                .sorted(Comparator.comparing(change -> change.productId().value())).toList()) {
            ReservedLine line = lines.get(change.productId().value());
            StockId stockId = StockId.of(change.productId());
            if (change.quantity().isZero()) {
                commands.sendAndWait(new ReleaseStock(stockId, orderId, "dropped by the vendor"));
                lines.put(change.productId().value(), line.released());
            } else {
                commands.sendAndWait(new AdjustStockReservation(stockId, orderId, change.quantity()));
                lines.put(change.productId().value(), line.withQuantity(change.quantity()));
            }
        }
        totalAmount = event.totalAmount();
        if (creditHeld) {
            commands.sendAndWait(new AdjustCreditReservation(creditAccount(), orderId, totalAmount));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderRejected event, CommandGateway commands, DeadlineManager deadlines) {
        cancel(deadlines, VENDOR_RESPONSE);
        releaseEverything(commands, "rejected by the vendor");
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderExpired event, CommandGateway commands, DeadlineManager deadlines) {
        cancel(deadlines, DRAFT_EXPIRY);
        cancel(deadlines, VENDOR_RESPONSE);
        releaseEverything(commands, "order expired");
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderCancelled event, CommandGateway commands, DeadlineManager deadlines) {
        cancel(deadlines, DRAFT_EXPIRY);
        cancel(deadlines, VENDOR_RESPONSE);
        releaseEverything(commands, "order cancelled");
    }

    // ---- dispatch, delivery, payment ----

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderDispatched event, CommandGateway commands) {
        lines.values().stream().filter(line -> line.state() == ReservedLine.State.RESERVED)
                .forEach(line -> commands.sendAndWait(new CommitStock(StockId.of(line.productId()), orderId)));
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderDelivered event, CommandGateway commands, DeadlineManager deadlines,
                   FulfilmentSettings settings) {
        if (!paymentTerms.isCredit()) {
            applyHeldMoney(commands);
            return;
        }
        commands.sendAndWait(new ChargeCredit(creditAccount(), orderId, event.totalAmount()));
        creditHeld = false;
        applyHeldMoney(commands);
        dueDate = event.dueDate();
        Instant dueSoon = startOfDay(dueDate.minus(settings.paymentReminderBeforeDue()));
        if (dueSoon.isAfter(now())) {
            schedule(deadlines, dueSoon, PAYMENT_DUE_SOON);
        }
        schedule(deadlines, startOfDay(dueDate.plusDays(1)), PAYMENT_OVERDUE);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPaymentRecorded event, CommandGateway commands) {
        if (paymentTerms.isCredit()) {
            commands.sendAndWait(new RecordRepayment(creditAccount(), event.paymentId(), orderId, event.amount()));
        }
    }

    @DeadlineHandler(deadlineName = PAYMENT_DUE_SOON)
    public void paymentDueSoon(OrderDeadline deadline, CommandGateway commands) {
        deadlineIds.remove(PAYMENT_DUE_SOON);
        commands.sendAndWait(new RemindPayment(orderId, dueDate, false));
    }

    @DeadlineHandler(deadlineName = PAYMENT_OVERDUE)
    public void paymentOverdue(OrderDeadline deadline, CommandGateway commands, DeadlineManager deadlines,
                               FulfilmentSettings settings) {
        deadlineIds.remove(PAYMENT_OVERDUE);
        commands.sendAndWait(new RemindPayment(orderId, dueDate, true));
        schedule(deadlines, now().plus(settings.overdueReminderInterval()), PAYMENT_OVERDUE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPaid event, DeadlineManager deadlines) {
        cancel(deadlines, PAYMENT_DUE_SOON);
        cancel(deadlines, PAYMENT_OVERDUE);
    }

    // ---- steps ----

    /** Money the buyer paid before and has held on its account goes to what is now owed, once per delivery. */
    private void applyHeldMoney(CommandGateway commands) {
        commands.sendAndWait(new ApplyHeldCredit(buyerId, "held-on-delivery|" + orderId.value()));
    }

    private void remember(OrderId id, BuyerId buyer, PaymentTerms terms, Money total, List<OrderLine> orderLines) {
        orderId = id;
        buyerId = buyer;
        paymentTerms = terms;
        totalAmount = total;
        lines = new LinkedHashMap<>();
        orderLines.stream().sorted(Comparator.comparing(line -> line.productId().value())).forEach(line ->
                lines.put(line.productId().value(), ReservedLine.notAsked(line.productId(), line.sku(), line.quantity())));
    }

    private void reserveCredit(CommandGateway commands) {
        try {
            commands.sendAndWait(new ReserveCredit(creditAccount(), orderId, totalAmount));
            creditAsked = true;
        } catch (AggregateNotFoundException e) {
            decline(commands, "CREDIT_DECLINED", "the buyer has no credit account", List.of("NO_CREDIT_ACCOUNT"));
        }
    }

    private void reserveStock(Instant at, CommandGateway commands, DeadlineManager deadlines,
                              FulfilmentSettings settings) {
        lines.replaceAll((id, line) -> {
            if (line.state() != ReservedLine.State.NOT_ASKED) {
                // A redelivered credit hold: this line was asked for already, and may be answered.
                return line;
            }
            try {
                commands.sendAndWait(new ReserveStock(StockId.of(line.productId()), orderId, line.quantity()));
                return line.asked();
            } catch (AggregateNotFoundException e) {
                // A product that never received stock has none to hold.
                return line.shortOf(Quantity.ZERO);
            }
        });
        // When no line has any stock at all, no answer will come to decide on.
        decideWhenAllLinesAnswered(at, commands, deadlines, settings);
    }

    /** {@code at}: when the event that may decide happened. */
    private void decideWhenAllLinesAnswered(Instant at, CommandGateway commands, DeadlineManager deadlines,
                                            FulfilmentSettings settings) {
        if (decided || lines.values().stream().anyMatch(line -> line.state() == ReservedLine.State.PENDING)) {
            return;
        }
        decided = true;
        List<String> shortages = lines.values().stream().filter(line -> line.state() == ReservedLine.State.SHORT)
                .map(ReservedLine::shortage).toList();
        if (!shortages.isEmpty()) {
            decline(commands, ErrorCode.INSUFFICIENT_STOCK.name(), "not enough stock for some lines", shortages);
            return;
        }
        respondBy = vendorTimeFrom(at, settings);
        commands.sendAndWait(new MarkOrderAwaitingVendor(orderId, respondBy));
        schedule(deadlines, respondBy, VENDOR_RESPONSE);
    }

    private void decline(CommandGateway commands, String reason, String message, List<String> details) {
        decline(commands, reason, message, details, null);
    }

    private void decline(CommandGateway commands, String reason, String message, List<String> details,
                         Money creditShortfall) {
        decided = true;
        try {
            commands.sendAndWait(new DeclineOrder(orderId, reason, message, details, creditShortfall));
        } catch (DomainException e) {
            // The order left PLACED meanwhile (cancelled): its own event releases what is held.
            if (e.code() != ErrorCode.ILLEGAL_TRANSITION) {
                throw e;
            }
        }
    }

    private void releaseEverything(CommandGateway commands, String reason) {
        // A PENDING line was asked for: its reservation may exist even if its answer is not yet seen.
        lines.replaceAll((id, line) -> {
            if (line.state() == ReservedLine.State.RESERVED || line.state() == ReservedLine.State.PENDING) {
                commands.sendAndWait(new ReleaseStock(StockId.of(line.productId()), orderId, reason));
                return line.released();
            }
            return line;
        });
        if (creditAsked) {
            commands.sendAndWait(new ReleaseCredit(creditAccount(), orderId, reason));
            creditHeld = false;
        }
    }

    /**
     * Deadlines carry the order id as payload (a deadline handler's first parameter is its payload) and
     * are cancelled by id: cheaper than a search by name, and never touching another order's. A
     * deadline that fires is forgotten first: it is running and cannot be cancelled.
     */
    private void schedule(DeadlineManager deadlines, Instant at, String name) {
        cancel(deadlines, name);
        deadlineIds.put(name, deadlines.schedule(at, name, new OrderDeadline(orderId)));
    }

    private void cancel(DeadlineManager deadlines, String name) {
        String id = deadlineIds.remove(name);
        if (id != null) {
            deadlines.cancelSchedule(name, id);
        }
    }

    private CreditAccountId creditAccount() {
        return CreditAccountId.of(buyerId);
    }

    /**
     * The vendor's time to answer, from the moment given: the event that asked for it, or the end of the
     * vendor's last time. It runs from when the saga's event happened rather than from when this instance
     * handled it, so an event handled again (after a restore, or by another instance after a crash) asks
     * for the same time and its notice reads the same. A moment lost (a saga stored before it kept one)
     * or more than a vendor's time ago (the instances were down) counts from now.
     */
    private static Instant vendorTimeFrom(Instant from, FulfilmentSettings settings) {
        Instant now = now();
        boolean usable = from != null && from.isAfter(now.minus(settings.vendorResponse()));
        return (usable ? from : now).plus(settings.vendorResponse());
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(NEPAL).toInstant();
    }
}
