package np.khaacho.app.orders;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReserved;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many buyers order the last units of one product at once, through the API and the fulfilment
 * sagas: nothing is oversold, every declined buyer is told why, and declined orders hold no credit.
 */
class LastUnitsRaceTest extends IntegrationTest {

    private static final List<String> BUYERS = List.of("+9779841100201", "+9779856100202", "+9779841100203",
            "+9779851100204", "+9779861100205", "+9779841100206", "+9779846100208");
    private static final int ORDERS_PER_BUYER = 3;
    private static final int UNITS_IN_STOCK = 5;

    @Autowired
    private EventStore eventStore;

    @Test
    void stockIsNeverOversoldAndEveryDeclinedBuyerIsToldAndReleased() throws Exception {
        String sku = "LAST-" + System.nanoTime();
        var listed = as(VENDOR_PKR_PHONE).post("/v1/products", Map.of("sku", sku, "name", "Festival Gift Hamper",
                "unit", "box", "price", 2600, "initialStock", UNITS_IN_STOCK));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String stockId = StockId.of(ProductId.of(listed.data().get("productId").asText())).value();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int round = 0; round < ORDERS_PER_BUYER; round++) {
            for (String phone : BUYERS) {
                Api buyer = as(phone);
                Callable<Api.Reply> order = () -> buyer.post("/v1/orders",
                        Map.of("items", List.of(Map.of("sku", sku, "quantity", 1))));
                replies.add(pool.submit(order));
            }
        }
        List<String> orderIds = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply placed = reply.get(60, TimeUnit.SECONDS);
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orderIds.add(placed.data().get("orders").get(0).get("orderId").asText());
        }
        pool.shutdown();

        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("every order accepted or declined", () -> orderIds.stream()
                .allMatch(id -> log.has(id, OrderAwaitingVendor.class) || log.has(id, OrderDeclined.class)));
        List<String> accepted = orderIds.stream().filter(id -> log.has(id, OrderAwaitingVendor.class)).toList();
        List<String> declined = orderIds.stream().filter(id -> log.has(id, OrderDeclined.class)).toList();
        assertThat(accepted).hasSize(UNITS_IN_STOCK);
        assertThat(declined).hasSize(BUYERS.size() * ORDERS_PER_BUYER - UNITS_IN_STOCK);

        Eventually.waitUntil("the stock of declined orders is settled", () -> heldStock(log, stockId)
                .compareTo(BigDecimal.valueOf(UNITS_IN_STOCK)) == 0);
        List<Object> stockEvents = log.payloads(stockId);
        assertThat(stockEvents).filteredOn(StockReserved.class::isInstance)
                .allSatisfy(e -> assertThat(((StockReserved) e).reserved()).isLessThanOrEqualTo(((StockReserved) e).onHand()));

        for (String orderId : declined) {
            OrderDeclined why = (OrderDeclined) log.payloads(orderId).stream()
                    .filter(OrderDeclined.class::isInstance).findFirst().orElseThrow();
            assertThat(why.reason()).isEqualTo("INSUFFICIENT_STOCK");
            assertThat(why.details()).singleElement().asString().contains(sku).contains("0 available");
            String account = CreditAccountId.of(why.buyerId()).value();
            Eventually.waitUntil("credit of " + orderId + " released", () -> creditHeld(log, account, orderId).signum() == 0);
            Eventually.waitUntil("the buyer of " + orderId + " told why", () -> declineMessages(orderId) == 1);
        }
        for (String orderId : accepted) {
            OrderAwaitingVendor waiting = (OrderAwaitingVendor) log.payloads(orderId).stream()
                    .filter(OrderAwaitingVendor.class::isInstance).findFirst().orElseThrow();
            String account = CreditAccountId.of(waiting.buyerId()).value();
            BigDecimal expected = isCashOnDelivery(waiting.buyerId()) ? BigDecimal.ZERO : new BigDecimal("2600.00");
            assertThat(creditHeld(log, account, orderId)).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal heldStock(EventLog log, String stockId) {
        BigDecimal held = BigDecimal.ZERO;
        for (Object event : log.payloads(stockId)) {
            if (event instanceof StockReserved r) {
                held = held.add(r.quantity().value());
            } else if (event instanceof StockReleased r) {
                held = held.subtract(r.quantity().value());
            }
        }
        return held;
    }

    /** What the credit events say is held for one order: reserved minus released. */
    private static BigDecimal creditHeld(EventLog log, String account, String orderId) {
        BigDecimal held = BigDecimal.ZERO;
        for (Object event : log.payloads(account)) {
            if (event instanceof CreditReserved r && r.orderId().value().equals(orderId)) {
                held = held.add(r.amount().amount());
            } else if (event instanceof CreditReleased r && r.orderId().value().equals(orderId)) {
                held = held.subtract(r.amount().amount());
            }
        }
        return held;
    }

    private boolean isCashOnDelivery(BuyerId buyerId) {
        return "COD".equals(jdbc.queryForObject("SELECT payment_terms FROM write_model.buyer_profiles WHERE user_id = ?",
                String.class, buyerId.value()));
    }

    private int declineMessages(String orderId) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE order_id = ? AND kind = 'ORDER_DECLINED'",
                Integer.class, orderId);
        return count == null ? 0 : count;
    }
}
