package np.khaacho.query.analytics;

import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.query.analytics.PlacedOrders.Line;
import np.khaacho.query.analytics.PlacedOrders.PlacedOrder;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Daily analytics from the order events: orders, revenue, distinct buyers and vendors, per vendor,
 * per buyer and per product, each on the Nepal day the order was placed (definitions in migration
 * V6). An order's later events adjust its placement day; an event counts once, checked against the
 * last sequence number the order applied.
 */
@Component
@ProcessingGroup(AnalyticsProjection.GROUP)
class AnalyticsProjection {

    static final String GROUP = "analytics-projection";

    private final PlacedOrders orders;
    private final DailyFigures figures;
    private final TransactionTemplate savepoint;

    AnalyticsProjection(PlacedOrders orders, DailyFigures figures, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.figures = figures;
        // An event changes several rows; if one write fails, none may stay (the event goes to the
        // dead-letter queue while the rest of the batch commits, and its retry must start clean).
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(OrderPlaced e, @SequenceNumber long sequence, @Timestamp Instant at) {
        PlacedOrder order = new PlacedOrder(e.orderId().value(), NepalTime.dayOf(at), e.header().buyerId().value(),
                e.header().vendorId().value(), e.totalAmount().amount(), at, null, false, false, null);
        List<Line> lines = lines(e.lines());
        atomically(() -> {
            if (orders.add(order, lines, sequence)) {
                figures.placed(order, lines);
            }
        });
    }

    @EventHandler
    void on(OrderAwaitingVendor e, @SequenceNumber long sequence, @Timestamp Instant at) {
        atomically(() -> orders.claim(e.orderId().value(), sequence)
                .filter(order -> order.askedAt() == null)
                .ifPresent(order -> orders.askedAt(order.orderId(), at)));
    }

    @EventHandler
    void on(OrderConfirmed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        atomically(() -> orders.claim(e.orderId().value(), sequence).ifPresent(order -> confirmed(order, at)));
    }

    @EventHandler
    void on(OrderPartiallyConfirmed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        atomically(() -> orders.claim(e.orderId().value(), sequence).ifPresent(order -> {
            confirmed(order, at);
            if (order.standing()) {
                List<Line> before = orders.lines(order.orderId());
                List<Line> after = lines(e.lines());
                figures.products(order.day(), before.stream().map(Line::negated).toList());
                figures.products(order.day(), after);
                orders.replaceLines(order.orderId(), after);
                orders.total(order.orderId(), e.totalAmount().amount());
                figures.revalued(order, e.totalAmount().amount().subtract(order.total()));
            }
        }));
    }

    @EventHandler
    void on(OrderRejected e, @SequenceNumber long sequence) {
        failed(e.orderId().value(), Outcome.REJECTED, sequence);
    }

    @EventHandler
    void on(OrderCancelled e, @SequenceNumber long sequence) {
        failed(e.orderId().value(), Outcome.CANCELLED, sequence);
    }

    /** Only placed orders count, so an expired draft finds no order here and changes nothing. */
    @EventHandler
    void on(OrderExpired e, @SequenceNumber long sequence) {
        failed(e.orderId().value(), Outcome.EXPIRED, sequence);
    }

    @EventHandler
    void on(OrderDeclined e, @SequenceNumber long sequence) {
        failed(e.orderId().value(), Outcome.DECLINED, sequence);
    }

    @EventHandler
    void on(OrderDelivered e, @SequenceNumber long sequence) {
        atomically(() -> orders.claim(e.orderId().value(), sequence)
                .filter(order -> !order.delivered())
                .ifPresent(order -> {
                    orders.delivered(order.orderId());
                    figures.delivered(order);
                }));
    }

    @EventHandler
    void on(BuyerRegistered e) {
        figures.party(e.buyerId().value(), Role.BUYER.name(), e.businessName());
    }

    @EventHandler
    void on(VendorRegistered e) {
        figures.party(e.vendorId().value(), Role.VENDOR.name(), e.businessName());
    }

    @ResetHandler
    void reset() {
        orders.truncate();
        figures.truncate();
    }

    private void confirmed(PlacedOrder order, Instant at) {
        if (order.confirmed()) {
            return;
        }
        // measured from when the vendor was asked; an order seen without that step counts from placement
        Instant asked = order.askedAt() == null ? order.placedAt() : order.askedAt();
        long seconds = Math.max(0, Duration.between(asked, at).toSeconds());
        orders.confirmed(order.orderId());
        figures.confirmed(order, seconds);
    }

    private void failed(String orderId, Outcome outcome, long sequence) {
        atomically(() -> orders.claim(orderId, sequence).filter(PlacedOrder::standing).ifPresent(order -> {
            figures.failed(order, outcome, orders.lines(orderId));
            orders.failed(orderId, outcome);
        }));
    }

    private static List<Line> lines(List<OrderLine> lines) {
        return lines.stream().map(Line::of).toList();
    }

    private void atomically(Runnable work) {
        savepoint.executeWithoutResult(status -> work.run());
    }
}
