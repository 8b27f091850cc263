package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderEvent;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.VendorReminded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Folds an order's events, oldest first, into its state. It is the query side's own reading of the
 * order events (the write model is not reused), so it only records what the events say. As an
 * {@link OrderEvent.Visitor} it says what every order event does to the state; a payload that is no
 * order event (a type this version does not know) moves the position but changes nothing else.
 */
final class OrderReplay implements OrderEvent.Visitor {

    private final String orderId;
    private String orderNumber;
    private OrderStatus status;
    private String buyerId;
    private String vendorId;
    private List<OrderLine> lines = List.of();
    private Money totalAmount = Money.ZERO;
    private PaymentTerms paymentTerms;
    private Money paidAmount = Money.ZERO;
    private String deliveryAddress;
    private LocalDate deliveryDate;
    private LocalDate dueDate;
    private boolean overdue;
    private Instant vendorRespondBy;
    private String reason;
    private long lastSequence = -1;
    private Instant lastEventAt;

    OrderReplay(String orderId) {
        this.orderId = orderId;
    }

    boolean isEmpty() {
        return lastSequence < 0;
    }

    void apply(Object event, long sequence, Instant timestamp) {
        lastSequence = sequence;
        lastEventAt = timestamp;
        if (event instanceof OrderEvent orderEvent) {
            orderEvent.accept(this);
        }
    }

    @Override
    public void on(OrderDrafted e) {
        begin(e.header(), e.lines(), e.totalAmount(), e.paymentTerms(), OrderStatus.DRAFTED);
    }

    @Override
    public void on(OrderDraftDiscarded e) {
        end(OrderStatus.DISCARDED, e.reason());
    }

    @Override
    public void on(OrderPlaced e) {
        begin(e.header(), e.lines(), e.totalAmount(), e.paymentTerms(), OrderStatus.PLACED);
    }

    @Override
    public void on(OrderDeclined e) {
        end(OrderStatus.DECLINED, e.message() == null ? e.reason() : e.reason() + ": " + e.message());
    }

    @Override
    public void on(OrderAwaitingVendor e) {
        status = OrderStatus.AWAITING_VENDOR;
        totalAmount = e.totalAmount();
        vendorRespondBy = e.respondBy();
    }

    @Override
    public void on(VendorReminded e) {
        vendorRespondBy = e.respondBy();
    }

    @Override
    public void on(OrderConfirmed e) {
        status = OrderStatus.CONFIRMED;
        deliveryDate = e.deliveryDate();
    }

    @Override
    public void on(OrderPartiallyConfirmed e) {
        status = OrderStatus.CONFIRMED;
        deliveryDate = e.deliveryDate();
        lines = e.lines();
        totalAmount = e.totalAmount();
    }

    @Override
    public void on(OrderRejected e) {
        end(OrderStatus.REJECTED, e.reason());
    }

    @Override
    public void on(OrderExpired e) {
        end(OrderStatus.EXPIRED, e.reason());
    }

    @Override
    public void on(OrderCancelled e) {
        end(OrderStatus.CANCELLED, e.reason());
    }

    @Override
    public void on(OrderDispatched e) {
        status = OrderStatus.DISPATCHED;
    }

    @Override
    public void on(OrderDelivered e) {
        status = OrderStatus.DELIVERED;
        totalAmount = e.totalAmount();
        paymentTerms = e.paymentTerms();
        dueDate = e.dueDate();
    }

    @Override
    public void on(OrderPaymentRecorded e) {
        paidAmount = e.paidAmount();
    }

    @Override
    public void on(OrderPaid e) {
        status = OrderStatus.PAID;
        paidAmount = e.paidAmount();
    }

    @Override
    public void on(OrderOverdue e) {
        overdue = true;
    }

    @Override
    public void on(PaymentReminded e) {
        // a reminder changes nothing the state shows: the balance and the due date are as they were
    }

    private void begin(OrderHeader header, List<OrderLine> orderLines, Money total, PaymentTerms terms,
                       OrderStatus newStatus) {
        orderNumber = header.orderNumber();
        buyerId = header.buyerId().value();
        vendorId = header.vendorId().value();
        lines = orderLines;
        totalAmount = total;
        paymentTerms = terms;
        deliveryAddress = header.deliveryAddress();
        status = newStatus;
    }

    /** The ways an order ends unpaid, each with its reason. */
    private void end(OrderStatus newStatus, String why) {
        status = newStatus;
        reason = why;
    }

    OrderStateAt state(Instant asOf) {
        return new OrderStateAt(orderId, orderNumber, status, buyerId, vendorId, lines, totalAmount, paymentTerms,
                paidAmount, deliveryAddress, deliveryDate, dueDate, overdue,
                vendorRespondBy, reason, lastSequence, lastEventAt, asOf);
    }
}
