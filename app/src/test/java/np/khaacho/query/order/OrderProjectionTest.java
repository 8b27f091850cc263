package np.khaacho.query.order;

import np.khaacho.app.IntegrationTest;
import np.khaacho.app.KhaachoApplication;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.PaymentTerms;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders projection fed events directly, as its processor would: in order, redelivered, and
 * stale. The test removes its rows afterwards, so the shared application's tables stay as they were.
 */
@ContextConfiguration(classes = KhaachoApplication.class)
class OrderProjectionTest extends IntegrationTest {

    private static final Instant AT = Instant.parse("2001-03-04T05:00:00Z");

    @Autowired
    private OrderProjection projection;
    @Autowired
    private OrderReader reader;

    private final OrderId orderId = OrderId.random();
    private final BuyerId buyerId = BuyerId.random();
    private final VendorId vendorId = VendorId.random();

    @AfterEach
    void removeThisTestsRows() {
        for (String table : List.of("orders", "order_lines", "order_timeline")) {
            jdbc.update("DELETE FROM read_model." + table + " WHERE order_id = ?", orderId.value());
        }
    }

    @Test
    void appliesEachEventOnceAndIgnoresRedeliveredAndStaleOnes() {
        OrderLine line = new OrderLine(ProductId.random(), "DAL-TEST-KG", "Test Dal", "kg", Quantity.of("1.5"),
                Money.of("165.00"), Money.of("247.50"));
        OrderPlaced placed = new OrderPlaced(orderId, "KH-T" + System.nanoTime() % 100_000_000, buyerId, vendorId,
                List.of(line), Money.of("247.50"), PaymentTerms.COD, "Baneshwor", null);
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

    private DomainEventMessage<?> message(Object payload, long sequence, String role) {
        return new GenericDomainEventMessage<>("Order", orderId.value(), sequence, payload,
                MetaData.from(Map.of("userId", role.toLowerCase() + "-1", "role", role, "channel", "API")),
                orderId.value() + "-" + sequence, AT.plusSeconds(sequence * 60));
    }
}
