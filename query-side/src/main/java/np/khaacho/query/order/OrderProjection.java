package np.khaacho.query.order;

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
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.query.PaymentStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Orders, their lines and their timeline (and with them the vendor inbox: the orders awaiting the
 * vendor) from the order events. Each handler changes the row, records the step, then tells the
 * subscribers of the order and of its vendor's inbox.
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderProjection {

    static final String GROUP = "orders-projection";
    // the statuses an order enters the vendor inbox with, or leaves it for
    private static final Set<OrderStatus> INBOX_MOVES = EnumSet.of(OrderStatus.AWAITING_VENDOR, OrderStatus.CONFIRMED,
            OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.EXPIRED);

    private final OrderTables tables;
    private final OrderUpdates updates;

    OrderProjection(OrderTables tables, OrderUpdates updates) {
        this.tables = tables;
        this.updates = updates;
    }

    @EventHandler
    void on(OrderDrafted e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        OrderHeader header = e.header();
        tables.start(new OrderTables.Start(e.orderId().value(), header.orderNumber(), OrderStatus.DRAFTED,
                header.buyerId().value(), header.vendorId().value(), e.paymentTerms(), e.totalAmount(),
                header.deliveryAddress(), e.lines(), false), event);
        step(e.orderId().value(), OrderStatus.DRAFTED, message, Notes.drafted(e), event);
    }

    @EventHandler
    void on(OrderPlaced e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        OrderHeader header = e.header();
        tables.start(new OrderTables.Start(e.orderId().value(), header.orderNumber(), OrderStatus.PLACED,
                header.buyerId().value(), header.vendorId().value(), e.paymentTerms(), e.totalAmount(),
                header.deliveryAddress(), e.lines(), true), event);
        step(e.orderId().value(), OrderStatus.PLACED, message, Notes.placed(e), event);
    }

    @EventHandler
    void on(OrderDraftDiscarded e, DomainEventMessage<?> message) {
        ended(e.orderId().value(), OrderStatus.DISCARDED, e.reason(), message);
    }

    @EventHandler
    void on(OrderDeclined e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        String reason = e.message() == null || e.message().isBlank() ? e.reason() : e.message();
        tables.declined(e.orderId().value(), reason, event);
        step(e.orderId().value(), OrderStatus.DECLINED, message, Notes.declined(e), event);
    }

    @EventHandler
    void on(OrderAwaitingVendor e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.awaitingVendor(e.orderId().value(), e.respondBy(), event);
        step(e.orderId().value(), OrderStatus.AWAITING_VENDOR, message, Notes.answerBy(e.respondBy()), event);
    }

    @EventHandler
    void on(VendorReminded e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.respondBy(e.orderId().value(), e.respondBy(), event);
        step(e.orderId().value(), null, message, Notes.answerBy(e.respondBy()), event);
    }

    @EventHandler
    void on(OrderExpired e, DomainEventMessage<?> message) {
        ended(e.orderId().value(), OrderStatus.EXPIRED, e.reason(), message);
    }

    @EventHandler
    void on(OrderConfirmed e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.confirmed(e.orderId().value(), e.deliveryDate(), event);
        step(e.orderId().value(), OrderStatus.CONFIRMED, message, Notes.deliveryOn(e.deliveryDate()), event);
    }

    @EventHandler
    void on(OrderPartiallyConfirmed e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.partiallyConfirmed(e.orderId().value(), e.deliveryDate(), e.totalAmount(), e.lines(), event);
        step(e.orderId().value(), OrderStatus.CONFIRMED, message, Notes.partiallyConfirmed(e), event);
    }

    @EventHandler
    void on(OrderRejected e, DomainEventMessage<?> message) {
        ended(e.orderId().value(), OrderStatus.REJECTED, e.reason(), message);
    }

    @EventHandler
    void on(OrderCancelled e, DomainEventMessage<?> message) {
        ended(e.orderId().value(), OrderStatus.CANCELLED, Notes.cancelled(e), message);
    }

    @EventHandler
    void on(OrderDispatched e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.status(e.orderId().value(), OrderStatus.DISPATCHED, event);
        step(e.orderId().value(), OrderStatus.DISPATCHED, message, null, event);
    }

    @EventHandler
    void on(OrderDelivered e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.delivered(e.orderId().value(), e.dueDate(), event);
        step(e.orderId().value(), OrderStatus.DELIVERED, message, Notes.delivered(e), event);
    }

    @EventHandler
    void on(OrderPaymentRecorded e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        PaymentStatus paymentStatus = e.balance().isZero() ? PaymentStatus.PAID : PaymentStatus.PARTIALLY_PAID;
        tables.paymentRecorded(e.orderId().value(), e.paidAmount(), paymentStatus, event);
        step(e.orderId().value(), null, message, Notes.payment(e), event);
    }

    @EventHandler
    void on(OrderPaid e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.paid(e.orderId().value(), e.paidAmount(), event);
        step(e.orderId().value(), OrderStatus.PAID, message, null, event);
    }

    @EventHandler
    void on(OrderOverdue e, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.overdue(e.orderId().value(), event);
        step(e.orderId().value(), null, message, Notes.overdue(e.dueDate(), e.balance()), event);
    }

    @EventHandler
    void on(PaymentReminded e, DomainEventMessage<?> message) {
        // a reminder changes nothing about the order; it only belongs to its history
        step(e.orderId().value(), null, message, Notes.reminded(e), EventContext.of(message));
    }

    @ResetHandler
    void reset() {
        tables.truncateOrders();
    }

    private void ended(String orderId, OrderStatus status, String reason, DomainEventMessage<?> message) {
        EventContext event = EventContext.of(message);
        tables.status(orderId, status, event);
        step(orderId, status, message, reason, event);
    }

    private void step(String orderId, OrderStatus status, DomainEventMessage<?> message, String note,
                      EventContext event) {
        tables.timeline(orderId, status, message.getPayloadType().getSimpleName(), note, event);
        boolean inboxChanged = INBOX_MOVES.contains(status) || message.getPayload() instanceof VendorReminded;
        updates.changed(orderId, event, inboxChanged);
    }
}
