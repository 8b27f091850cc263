package np.khaacho.app.faults;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReserved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances, each keeping the aggregates its commands use in memory, race on one product's stock:
 * the vendor receives stock on both at once, then buyers order more than there is on both at once and
 * cancel some of their orders while the sagas hold stock for them; last, the vendor writes off on one
 * instance what is free right after receiving more on the other. A cached stock that the other instance
 * changed meanwhile must never decide: no receipt is lost, no unit is held twice or sold beyond what is
 * on hand, every hold of an order that ended is given back, and no request fails.
 */
class HotStockTwoInstancesTest {

    private static final String DATABASE = "khaacho_cluster_hot_stock";
    private static final String SKU = "RICE-JEERA-25KG";
    private static final StockId STOCK = StockId.of(ProductId.derivedFrom("sku:" + SKU));
    private static final List<String> BUYERS = List.of(IntegrationTest.BUYER_KTM_PHONE, "+9779841100203",
            "+9779861100205", "+9779841100206");
    private static final int RECEIPTS_PER_TASK = 8;
    private static final int RECEIPT_TASKS = 8;
    private static final int ORDERS_PER_BUYER = 6;
    private static final int UNITS_PER_ORDER = 3;
    private static final int AVAILABLE_FOR_ORDERS = 30;
    private static final Set<String> SETTLED = Set.of("AWAITING_VENDOR", "DECLINED", "CANCELLED");

    private static NodePair nodes;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        nodes = NodePair.start(DATABASE, name -> ClusterNode.start(name, DATABASE), "first", "second");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void twoInstancesRacingOnOneCachedStockLoseNothingAndSellNothingTwice() throws Exception {
        List<ClusterNode> both = List.of(nodes.first(), nodes.second());
        List<Api.Reply> failures = new CopyOnWriteArrayList<>();
        String productId = STOCK.productId().value();

        // The vendor receives one unit at a time on both instances at once: each instance's cached stock
        // goes stale with every receipt the other takes.
        Quantity before = stockNow().onHand();
        List<Callable<Void>> receipts = new ArrayList<>();
        for (int t = 0; t < RECEIPT_TASKS; t++) {
            ClusterNode node = both.get(t % 2);
            receipts.add(() -> {
                Api vendor = node.as(IntegrationTest.VENDOR_KTM_PHONE);
                for (int i = 0; i < RECEIPTS_PER_TASK; i++) {
                    keepFailure(failures, vendor.post("/v1/products/" + productId + "/stock",
                            Map.of("type", "RECEIVE", "quantity", 1, "reason", "delivery from the mill")));
                }
                return null;
            });
        }
        ClusterLoad.together(RECEIPT_TASKS, receipts);
        assertThat(failures).as("receipts refused").isEmpty();
        int received = RECEIPT_TASKS * RECEIPTS_PER_TASK;
        assertThat(stockNow().onHand()).as("on hand after %d receipts", received).isEqualTo(before.plus(Quantity.of(received)));

        // Leave little to order, then order more than there is, on both instances, cancelling every
        // third order at once, while its saga may be holding stock for it.
        StockState ready = stockNow();
        int cut = ready.onHand().minus(ready.reserved()).value().intValueExact() - AVAILABLE_FOR_ORDERS;
        keepFailure(failures, nodes.first().as(IntegrationTest.VENDOR_KTM_PHONE).post("/v1/products/" + productId
                + "/stock", Map.of("type", "ADJUST", "quantity", -cut, "reason", "damaged in the rain")));
        Map<String, String> buyerOf = new ConcurrentHashMap<>();
        List<Callable<Void>> buyers = new ArrayList<>();
        for (int b = 0; b < BUYERS.size(); b++) {
            String phone = BUYERS.get(b);
            int first = b;
            buyers.add(() -> {
                for (int i = 0; i < ORDERS_PER_BUYER; i++) {
                    ClusterNode node = both.get((first + i) % 2);
                    Api buyer = node.as(phone);
                    Api.Reply placed = buyer.post("/v1/orders",
                            Map.of("items", List.of(Map.of("sku", SKU, "quantity", UNITS_PER_ORDER))));
                    if (placed.status() >= 300) {
                        failures.add(placed);
                        continue;
                    }
                    String orderId = placed.data().get("orders").get(0).get("orderId").asText();
                    buyerOf.put(orderId, phone);
                    if (i % 3 == 2) {
                        // on the other instance than the one that took the order
                        Api.Reply cancelled = both.get((first + i + 1) % 2).as(phone).put("/v1/orders/" + orderId
                                + "/status", Map.of("status", "CANCELLED", "reason", "ordered from a neighbour"));
                        // an order its saga declined already (stock ran out) is no longer the buyer's to cancel
                        if (!"ILLEGAL_TRANSITION".equals(cancelled.errorCode())) {
                            keepFailure(failures, cancelled);
                        }
                    }
                }
                return null;
            });
        }
        ClusterLoad.together(BUYERS.size(), buyers);
        assertThat(failures).as("requests refused").isEmpty();
        assertThat(buyerOf).hasSize(BUYERS.size() * ORDERS_PER_BUYER);

        Map<String, String> statuses = new HashMap<>();
        Api admin = nodes.second().as(IntegrationTest.ADMIN_PHONE);
        Eventually.waitUntil("every order held, declined or cancelled", Duration.ofSeconds(90), () -> {
            buyerOf.keySet().forEach(id -> statuses.put(id, admin.get("/v1/orders/" + id).data().get("status").asText()));
            return statuses.values().stream().allMatch(SETTLED::contains);
        });

        Map<String, Quantity> held = heldByOrder();
        StockState after = stockNow();
        statuses.forEach((orderId, status) -> {
            Quantity holds = held.getOrDefault(orderId, Quantity.ZERO);
            if (status.equals("AWAITING_VENDOR")) {
                assertThat(holds).as("stock held for %s, awaiting its vendor", orderId).isEqualTo(Quantity.of(UNITS_PER_ORDER));
            } else {
                assertThat(holds).as("stock still held for %s, %s", orderId, status).isEqualTo(Quantity.ZERO);
            }
        });
        Quantity heldInAll = held.values().stream().reduce(Quantity.ZERO, Quantity::plus);
        assertThat(after.reserved()).as("reserved: the sum of every order's hold").isEqualTo(heldInAll);
        assertThat(after.reserved()).as("reserved within on hand").isLessThanOrEqualTo(after.onHand());
        assertThat(after.onHand()).isEqualTo(ready.onHand().minus(Quantity.of(cut)));
        long awaiting = statuses.values().stream().filter("AWAITING_VENDOR"::equals).count();
        assertThat(awaiting * UNITS_PER_ORDER).as("units promised").isLessThanOrEqualTo(AVAILABLE_FOR_ORDERS);
        assertThat(awaiting).as("orders held while stock lasted").isPositive();
        // The vendor takes stock on one instance, receives more on the other, then writes off all that is
        // free on the first: only right if the first sees the other's receipt.
        Api first = nodes.first().as(IntegrationTest.VENDOR_KTM_PHONE);
        Api second = nodes.second().as(IntegrationTest.VENDOR_KTM_PHONE);
        keepFailure(failures, first.post("/v1/products/" + productId + "/stock",
                Map.of("type", "RECEIVE", "quantity", 1, "reason", "found in the back")));
        keepFailure(failures, second.post("/v1/products/" + productId + "/stock",
                Map.of("type", "RECEIVE", "quantity", 10, "reason", "delivery from the mill")));
        StockState counted = stockNow();
        int free = counted.onHand().minus(counted.reserved()).value().intValueExact();
        keepFailure(failures, first.post("/v1/products/" + productId + "/stock",
                Map.of("type", "ADJUST", "quantity", -free, "reason", "sold at the counter")));
        assertThat(failures).as("the write-off of all that is free, after the other instance's receipt").isEmpty();
        assertThat(stockNow().onHand()).isEqualTo(counted.reserved());

        System.out.printf("hot stock on two instances: %d receipts, %d orders (%d awaiting the vendor, %d declined,"
                        + " %d cancelled)%n", received, statuses.size(), awaiting,
                statuses.values().stream().filter("DECLINED"::equals).count(),
                statuses.values().stream().filter("CANCELLED"::equals).count());
    }

    private static void keepFailure(List<Api.Reply> failures, Api.Reply reply) {
        if (reply.status() >= 300) {
            failures.add(reply);
        }
    }

    /** On hand and reserved as the stock's newest event states them; every event keeps reserved within on hand. */
    private static StockState stockNow() {
        StockState state = new StockState(Quantity.ZERO, Quantity.ZERO);
        for (Object event : nodes.first().log.payloads(STOCK.value())) {
            if (event instanceof StockReceived e) {
                state = new StockState(e.onHand(), e.reserved());
            } else if (event instanceof StockAdjusted e) {
                state = new StockState(e.onHand(), e.reserved());
            } else if (event instanceof StockReserved e) {
                state = new StockState(e.onHand(), e.reserved());
            } else if (event instanceof StockReservationAdjusted e) {
                state = new StockState(e.onHand(), e.reserved());
            } else if (event instanceof StockReleased e) {
                state = new StockState(e.onHand(), e.reserved());
            } else if (event instanceof StockCommitted e) {
                state = new StockState(e.onHand(), e.reserved());
            }
            assertThat(state.reserved()).as("reserved within on hand after %s", event).isLessThanOrEqualTo(state.onHand());
        }
        return state;
    }

    /** What the stock holds for each order, by its events: held on reservation, given back on release. */
    private static Map<String, Quantity> heldByOrder() {
        Map<String, Quantity> held = new HashMap<>();
        for (Object event : nodes.first().log.payloads(STOCK.value())) {
            if (event instanceof StockReserved e) {
                assertThat(held).as("%s held twice", e.orderId()).doesNotContainKey(e.orderId().value());
                held.put(e.orderId().value(), e.quantity());
            } else if (event instanceof StockReleased e) {
                held.remove(e.orderId().value());
            } else if (event instanceof StockCommitted e) {
                held.remove(e.orderId().value());
            }
        }
        return held;
    }

    private record StockState(Quantity onHand, Quantity reserved) {
    }
}
