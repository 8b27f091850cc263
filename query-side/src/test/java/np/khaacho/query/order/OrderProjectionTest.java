package np.khaacho.query.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.query.support.ReadRepositories;
import np.khaacho.query.support.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders projection fed events directly, as its processor would: in order, redelivered, and
 * stale, on the real read-model tables. The test removes its rows afterwards.
 */
class OrderProjectionTest {

    private static final Instant AT = Instant.parse("2001-03-04T05:00:00Z");

    private final JdbcTemplate jdbc = TestDatabase.jdbc();
    private final OrderReader reader = new OrderReader(ReadRepositories.of(OrderRows.class),
            ReadRepositories.of(OrderWithLinesRows.class), ReadRepositories.of(OrderTimelineRows.class),
            ReadRepositories.entityManager());
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final OrderUpdates updates = new OrderUpdates(emitter, reader, new OrderChangeNotices(jdbc));
    private final OrderProjection projection = new OrderProjection(new OrderTables(jdbc), updates);
    private final OrderChangeListener listener = new OrderChangeListener(TestDatabase.dataSource(), updates);

    private final OrderId orderId = OrderId.random();
    private final BuyerId buyerId = BuyerId.random();
    private final VendorId vendorId = VendorId.random();

    @BeforeEach
    void listenForChanges() {
        listener.start();
    }

    @AfterEach
    void removeThisTestsRows() {
        listener.stop();
        for (String table : List.of("orders", "order_lines", "order_timeline")) {
            jdbc.update("DELETE FROM read_model." + table + " WHERE order_id = ?", orderId.value());
        }
    }

    @Test
    void appliesEachEventOnceAndIgnoresRedeliveredAndStaleOnes() {
        OrderLine line = new OrderLine(ProductId.random(), "DAL-TEST-KG", "Test Dal", "kg", Quantity.of("1.5"),
                Money.of("165.00"), Money.of("247.50"));
        OrderPlaced placed = new OrderPlaced(orderId,
                new OrderHeader("KH-T" + System.nanoTime() % 100_000_000, buyerId, vendorId, "Baneshwor", null),
                List.of(line), Money.of("247.50"), PaymentTerms.COD);
        projection.on(placed, message(placed, 0, "BUYER"));
        OrderAwaitingVendor waiting = new OrderAwaitingVendor(orderId, buyerId, vendorId, Money.of("247.50"),
                AT.plusSeconds(4 * 3600));
        projection.on(waiting, message(waiting, 1, "SYSTEM"));
        OrderConfirmed confirmed = new OrderConfirmed(orderId, vendorId, LocalDate.of(2001, 3, 6));
        projection.on(confirmed, message(confirmed, 2, "VENDOR"));

        // redelivered and stale: nothing changes
        projection.on(waiting, message(waiting, 1, "SYSTEM"));
        projection.on(placed, message(placed, 0, "BUYER"));
        projection.on(confirmed, message(confirmed, 2, "VENDOR"));

        var order = reader.find(orderId).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.totalAmount()).isEqualTo(Money.of("247.50"));
        assertThat(order.items()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("DAL-TEST-KG");
            assertThat(item.quantity()).isEqualTo(Quantity.of("1.5"));
        });
        assertThat(order.deliveryDate()).isEqualTo(LocalDate.of(2001, 3, 6));
        assertThat(reader.timeline(orderId)).extracting(step -> step.status())
                .containsExactly(OrderStatus.PLACED, OrderStatus.AWAITING_VENDOR, OrderStatus.CONFIRMED);
        assertThat(reader.timeline(orderId)).extracting(step -> step.actor().role())
                .containsExactly("BUYER", "SYSTEM", "VENDOR");
    }

    /**
     * A page that subscribes to the order while the projection handles its change (after the projection
     * wrote it, before its transaction commits) reads the order as it was before, so it must be told the
     * change once the transaction commits: nobody watched when the projection wrote, but someone does
     * when it commits.
     */
    @Test
    void aPageThatSubscribesWhileTheChangeIsUncommittedIsToldOfIt() {
        OrderPlaced placed = new OrderPlaced(orderId,
                new OrderHeader("KH-T" + System.nanoTime() % 100_000_000, buyerId, vendorId, "Baneshwor", null),
                List.of(new OrderLine(ProductId.random(), "DAL-TEST-KG", "Test Dal", "kg", Quantity.of("2"),
                        Money.of("165.00"), Money.of("330.00"))), Money.of("330.00"), PaymentTerms.COD);
        projection.on(placed, message(placed, 0, "BUYER"));

        DefaultUnitOfWork<?> processing = DefaultUnitOfWork.startAndGet(null);
        OrderAwaitingVendor waiting = new OrderAwaitingVendor(orderId, buyerId, vendorId, Money.of("330.00"),
                AT.plusSeconds(4 * 3600));
        projection.on(waiting, message(waiting, 1, "SYSTEM"));
        List<OrderView> told = new CopyOnWriteArrayList<>();
        emitter.<OrderView>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindOrder(orderId),
                        ResponseTypes.instanceOf(OrderView.class), ResponseTypes.instanceOf(OrderView.class)), 16)
                .getUpdates().subscribe(update -> told.add(update.getPayload()));
        processing.commit();

        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (told.isEmpty() && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        assertThat(told).extracting(OrderView::status).containsExactly(OrderStatus.AWAITING_VENDOR);
    }

    private DomainEventMessage<?> message(Object payload, long sequence, String role) {
        return new GenericDomainEventMessage<>("Order", orderId.value(), sequence, payload,
                MetaData.from(Map.of("userId", role.toLowerCase() + "-1", "role", role, "channel", "API")),
                orderId.value() + "-" + sequence, AT.plusSeconds(sequence * 60));
    }
}
