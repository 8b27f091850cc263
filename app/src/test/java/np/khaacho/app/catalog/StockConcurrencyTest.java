package np.khaacho.app.catalog;

import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.ReserveStock;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;
import np.khaacho.command.api.CommandSender;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many orders at once against little stock, through the aggregates and the real event store. */
class StockConcurrencyTest extends IntegrationTest {

    private static final Actor TEST = Actor.system(Channel.SYSTEM);

    @Autowired
    private CommandSender commands;
    @Autowired
    private EventStore eventStore;

    @Test
    void fiftyConcurrentOrdersAgainstStockForTwentyReserveExactlyTwenty() throws Exception {
        ProductId productId = ProductId.random();
        StockId stockId = StockId.of(productId);
        commands.send(new ListProduct(productId, VendorId.of(userId(VENDOR_KTM_PHONE)), "CONC-" + System.nanoTime(),
                new ProductDetails("Contested Lentils", "दाल", List.of(), "pulses", "kg", null),
                Money.of(100), Quantity.of(1)), TEST);
        commands.send(new ReceiveStock(stockId, productId, Quantity.of(20), "opening stock"), TEST);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return commands.send(new ReserveStock(stockId, OrderId.random(), Quantity.of(1)), TEST);
            }));
        }
        start.countDown();
        for (Future<?> attempt : attempts) {
            attempt.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Object> payloads = eventStore.readEvents(stockId.value()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        List<StockReserved> reserved = payloads.stream().filter(StockReserved.class::isInstance)
                .map(StockReserved.class::cast).toList();
        long declined = payloads.stream().filter(StockReservationDeclined.class::isInstance).count();
        assertThat(reserved).hasSize(20);
        assertThat(declined).isEqualTo(30);
        assertThat(reserved.get(reserved.size() - 1).reserved()).isEqualTo(Quantity.of(20));
        assertThat(reserved).allSatisfy(r -> assertThat(r.reserved()).isLessThanOrEqualTo(r.onHand()));
    }
}
