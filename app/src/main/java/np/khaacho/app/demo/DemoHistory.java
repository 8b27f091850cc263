package np.khaacho.app.demo;

import com.github.kagkarlsson.scheduler.Scheduler;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.order.OrderPlacement;
import np.khaacho.command.order.PlaceOrderRequest;
import np.khaacho.command.order.PlacedOrder;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo's history: one buyer (Adhikari Pasal, NET15) whose order was delivered {@value #DAYS_AGO}
 * days ago and is not paid, so the demo has an overdue khata to collect. The order goes through the real
 * flow (placement, the saga's reservations, the vendor's confirm, dispatch and delivery) with the clock
 * that stamps events set back while it does; the saga then finds the due date passed, reminds the buyer
 * with the pay link and marks the order overdue, as it would have. Loaded once: the order's id comes
 * from a fixed key, and a store that has it is left alone.
 */
class DemoHistory {

    static final int DAYS_AGO = 20;
    static final String BUYER_CODE = "BUY-007";
    static final String VENDOR_CODE = "V-KTM-01";
    private static final String KEY = "demo-history-1";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private final CommandSender commands;
    private final OrderPlacement placement;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Optional<Scheduler> deadlines;

    DemoHistory(CommandSender commands, OrderPlacement placement, EventStore eventStore, TransactionTemplate transaction,
                Optional<Scheduler> deadlines) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.placement = placement;
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    /** Loads the history unless the store has it; a failure leaves the demo running without it. */
    void load() {
        BuyerId buyerId = DemoData.buyerId(BUYER_CODE);
        OrderId orderId = OrderId.derivedFrom(buyerId.value() + "|" + KEY + "|" + DemoData.vendorId(VENDOR_CODE).value());
        if (eventStore.lastSequenceNumberFor(orderId.value()).isPresent()) {
            return;
        }
        Clock real = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(real, Duration.ofDays(-DAYS_AGO));
        // Deadlines set in the past fall due at once: the vendor's would expire the order before its vendor
        // confirms. They wait until the history is written; the vendor's is gone by then, the payment's run.
        deadlines.ifPresent(Scheduler::pause);
        try {
            Actor buyer = new Actor(buyerId.value(), Role.BUYER, null, Channel.DEMO_DATA);
            List<PlacedOrder> placed = transaction.execute(status -> placement.place(buyerId, List.of(
                            new PlaceOrderRequest.Item("RICE-JEERA-25KG", new BigDecimal("4")),
                            new PlaceOrderRequest.Item("DAL-MASOOR-KG", new BigDecimal("20"))),
                    null, "the demo's history: delivered " + DAYS_AGO + " days ago", KEY, buyer));
            OrderId placedId = placed.get(0).orderId();
            awaitVendor(placedId);
            Actor vendor = new Actor(DemoData.vendorId(VENDOR_CODE).value(), Role.VENDOR, null, Channel.DEMO_DATA);
            LocalDate deliveryDay = LocalDate.now(GenericEventMessage.clock.withZone(java.time.ZoneId.of("Asia/Kathmandu")));
            commands.send(new ConfirmOrder(placedId, deliveryDay), vendor);
            commands.send(new DispatchOrder(placedId), vendor);
            commands.send(new DeliverOrder(placedId), vendor);
            log.info("demo history: order {} delivered {} days ago to {}, not paid", placed.get(0).orderNumber(),
                    DAYS_AGO, BUYER_CODE);
        } catch (RuntimeException e) {
            log.warn("the demo's history order could not be loaded; the demo runs without an overdue buyer", e);
        } finally {
            GenericEventMessage.clock = real;
            deadlines.ifPresent(Scheduler::resume);
        }
    }

    /** The saga reserves the stock and credit, then the order waits for its vendor. */
    private void awaitVendor(OrderId orderId) {
        Instant until = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            DomainEventStream events = eventStore.readEvents(orderId.value());
            while (events.hasNext()) {
                Object payload = events.next().getPayload();
                if (payload instanceof OrderAwaitingVendor) {
                    return;
                }
                if (payload instanceof OrderDeclined declined) {
                    throw new IllegalStateException("the history order was declined: " + declined.reason());
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the history order did not reach its vendor in " + STEP_TIMEOUT);
    }
}
