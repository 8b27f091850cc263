package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.app.support.TwilioStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database share the work: buyers order over the
 * API and on WhatsApp, and vendors move the orders on, each request going to either instance, while
 * Twilio is down and then slow. Each order is made once, each saga step is taken once, both
 * instances read every order in its final status, and every WhatsApp message, in or out, is handled
 * once: the two relays working through the backlog send none of it twice.
 */
class TwoInstancesTest {

    private static final String DATABASE = "khaacho_cluster_two_instances";
    private static final TwilioStub TWILIO = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID,
            IntegrationTest.TWILIO_AUTH_TOKEN);

    /** Buyers ordering over the API (one of them cash on delivery), four orders each. */
    private static final List<String> API_BUYERS = List.of(IntegrationTest.BUYER_KTM_PHONE, "+9779841100203",
            "+9779861100205", "+9779841100206");
    /** Buyers ordering on WhatsApp (one of them cash on delivery), two conversations each, one after the other. */
    private static final List<String> WHATSAPP_BUYERS = List.of("+9779856100202", "+9779851100204",
            "+9779808100207", IntegrationTest.BUYER_POKHARA_COD_PHONE);
    private static final Set<String> CASH_ON_DELIVERY = Set.of("+9779861100205",
            IntegrationTest.BUYER_POKHARA_COD_PHONE);
    /** Lines of the API orders, taken in turn: one vendor, two vendors, one, two. */
    private static final List<Object[]> API_LINES = List.of(
            new Object[]{"RICE-JEERA-25KG", 2, "DAL-MASOOR-KG", 5},
            new Object[]{"RICE-MANSULI-25KG", 3, "SUGAR-KG", 10, "NOODLE-WAIWAI-CTN", 3, "COKE-500ML-CTN", 1},
            new Object[]{"NOODLE-RARA-CTN", 5, "TEA-TOKLA-500G", 5},
            new Object[]{"DETERGENT-SURF-1KG", 10, "SOAP-LUX-100G", 12, "ATTA-GYAN-10KG", 8});

    private static NodePair nodes;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        // the second comes up on the database the first has migrated and filled with the demo data
        nodes = NodePair.start(DATABASE, TwoInstancesTest::start, "first", "second");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static ClusterNode start(String name) {
        List<String> settings = ClusterNode.twilioSettings(TWILIO);
        settings.addAll(List.of("--khaacho.whatsapp.poll-interval=PT0.2S",
                // A claim that a slow Twilio outlasts within one batch; quick passes while it is down.
                "--khaacho.twilio.relay.claim-for=PT3S",
                "--khaacho.twilio.relay.backoff=PT0.2S",
                "--khaacho.twilio.relay.max-backoff=PT1S",
                "--khaacho.twilio.relay.max-attempts=40",
                "--khaacho.twilio.circuit-breaker.wait-in-open-state=PT1S"));
        return ClusterNode.start(name, DATABASE, settings.toArray(String[]::new));
    }

    @Test
    void bothInstancesTakeOrdersAndEachOrderStepAndMessageHappensOnce() throws Exception {
        ClusterLoad load = new ClusterLoad(List.of(nodes.first(), nodes.second()));
        Map<String, String> finalStatus = new ConcurrentHashMap<>();
        List<Callable<Void>> buyers = new ArrayList<>();
        // Twilio is down until a backlog builds up, then slow: both relays work through it at once.
        TWILIO.failEverything(503, 20503);
        buyers.add(() -> {
            Eventually.waitUntil("a backlog in the outbox", Duration.ofSeconds(60), () -> pending() >= 25);
            TWILIO.stopFailing();
            TWILIO.answerLate(Duration.ofMillis(300));
            Eventually.waitUntil("the backlog sent", Duration.ofSeconds(60), () -> pending() < 5);
            TWILIO.stopFailing();
            return null;
        });
        for (int b = 0; b < API_BUYERS.size(); b++) {
            String buyer = API_BUYERS.get(b);
            int offset = b;
            buyers.add(() -> {
                for (int round = 0; round < API_LINES.size(); round++) {
                    List<String> placed = load.placeOverApi(buyer, API_LINES.get(round)).orderIds();
                    for (int i = 0; i < placed.size(); i++) {
                        finalStatus.put(placed.get(i), load.moveOn(placed.get(i), (offset + round + i) % 4));
                    }
                }
                return null;
            });
        }
        for (int b = 0; b < WHATSAPP_BUYERS.size(); b++) {
            String buyer = WHATSAPP_BUYERS.get(b);
            int offset = b;
            buyers.add(() -> {
                for (int round = 0; round < 2; round++) {
                    String text = round == 0 ? (3 + offset) + " bora jeera masino ra 3 carton coke pathaidinus"
                            : "2 bora jeera masino ra " + (2 + offset) + " bora mansuli";
                    String orderSid = load.orderOnWhatsApp(buyer, text);
                    load.awaitAnswerSent(orderSid, Duration.ofSeconds(60));
                    List<String> placed = load.confirmOnWhatsApp(buyer, orderSid).orderIds();
                    for (int i = 0; i < placed.size(); i++) {
                        finalStatus.put(placed.get(i), load.moveOn(placed.get(i), (offset + round + i) % 4));
                    }
                }
                return null;
            });
        }
        SegmentSampler segments = SegmentSampler.every(Duration.ofMillis(250), nodes.first(), nodes.second());
        try (segments) {
            ClusterLoad.together(5, buyers);
        }
        assertThat(segments.samples()).as("samples of the segments' owners").isGreaterThan(10);
        assertThat(segments.problems()).as("segments worked by both instances, or by one not owning them").isEmpty();
        List<String> orderIds = load.orderIds();
        assertThat(new HashSet<>(orderIds)).as("orders of different requests").hasSize(orderIds.size());
        assertThat(finalStatus.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
        assertTheInstancesSplitTheSegments();
        for (ClusterNode node : List.of(nodes.first(), nodes.second())) {
            Api admin = node.as(IntegrationTest.ADMIN_PHONE);
            Eventually.waitUntil(node + " lists every order in its final status", Duration.ofSeconds(60),
                    () -> finalStatus.equals(statusesListedTo(admin)));
            Eventually.waitUntil(node + "'s projections caught up", Duration.ofSeconds(30),
                    () -> lags(admin).values().stream().allMatch(lag -> lag == 0));
        }

        Api reader = nodes.first().as(IntegrationTest.ADMIN_PHONE);
        Map<String, JsonNode> orders = new HashMap<>();
        orderIds.forEach(id -> orders.put(id, reader.get("/v1/orders/" + id).data()));
        for (ClusterLoad.ApiOrder order : load.apiOrders()) {
            List<JsonNode> made = order.orderIds().stream().map(orders::get).toList();
            assertThat(made).extracting(o -> o.get("vendorId").asText()).as("one order per vendor").doesNotHaveDuplicates();
            assertThat(made.stream().flatMap(o -> o.get("items").findValuesAsText("sku").stream()))
                    .as("the lines of request " + order.idempotencyKey())
                    .containsExactlyInAnyOrderElementsOf(order.lines().keySet());
        }

        assertEachOrderAndSagaStepOnce(load, finalStatus, orders);
        load.assertEachWhatsAppMessageReadOnce(nodes.first().jdbc);
        finalStatus.forEach((id, status) -> OutboxAudit.awaitNoticesOf(nodes.first().jdbc, id,
                ClusterLoad.STATUSES.indexOf(status)));
        OutboxAudit.awaitNothingPending(nodes.first().jdbc, Duration.ofSeconds(60));
        int messages = OutboxAudit.assertEachSentOnce(nodes.first().jdbc, TWILIO);
        System.out.printf("two instances: %d orders (%d over the API, %d WhatsApp conversations), %d messages sent%n",
                orderIds.size(), load.apiOrders().size(), load.conversations().size(), messages);
    }

    /** Every segment of every event processor is worked by one instance: none by both, none by neither. */
    private void assertTheInstancesSplitTheSegments() {
        Map<String, Integer> stored = new HashMap<>();
        nodes.first().jdbc.query("SELECT processorname, count(*) AS segments FROM axon.token_entry GROUP BY processorname",
                rs -> {
                    stored.put(rs.getString("processorname"), rs.getInt("segments"));
                });
        Map<String, Integer> held = new HashMap<>();
        for (ClusterNode node : List.of(nodes.first(), nodes.second())) {
            var health = node.as(IntegrationTest.ADMIN_PHONE).get("/actuator/health");
            assertThat(health.status()).as(node + ": " + health).isEqualTo(200);
            health.body().at("/components/eventProcessors/details").fields().forEachRemaining(processor -> {
                if (processor.getValue().has("segments")) {
                    held.merge(processor.getKey(), processor.getValue().get("segments").asInt(), Integer::sum);
                }
            });
        }
        assertThat(held).as("segments the two instances hold, by processor").isEqualTo(stored);
    }

    private void assertEachOrderAndSagaStepOnce(ClusterLoad load, Map<String, String> finalStatus,
                                                Map<String, JsonNode> orders) {
        Set<String> cashOnDelivery = new HashSet<>();
        load.apiOrders().stream().filter(o -> CASH_ON_DELIVERY.contains(o.buyerPhone()))
                .forEach(o -> cashOnDelivery.addAll(o.orderIds()));
        load.conversations().stream().filter(c -> CASH_ON_DELIVERY.contains(c.buyerPhone()))
                .forEach(c -> cashOnDelivery.addAll(c.orderIds()));
        Set<String> drafted = new HashSet<>();
        load.conversations().forEach(c -> drafted.addAll(c.orderIds()));

        OrderEventCounts counts = OrderEventCounts.read(nodes.first().jdbc, "OrderDrafted", "OrderPlaced", "CreditReserved",
                "StockReserved", "OrderAwaitingVendor", "OrderConfirmed", "OrderDispatched", "StockCommitted",
                "OrderDelivered", "CreditCharged");
        Map<String, Integer> expectedTotals = new HashMap<>();
        for (Map.Entry<String, String> order : finalStatus.entrySet()) {
            String id = order.getKey();
            int steps = ClusterLoad.STATUSES.indexOf(order.getValue());
            int lines = orders.get(id).get("items").size();
            boolean credit = !cashOnDelivery.contains(id);
            Map<String, Integer> expected = new HashMap<>();
            expected.put("OrderDrafted", drafted.contains(id) ? 1 : 0);
            expected.put("OrderPlaced", 1);
            expected.put("CreditReserved", credit ? 1 : 0);
            expected.put("StockReserved", lines);
            expected.put("OrderAwaitingVendor", 1);
            expected.put("OrderConfirmed", steps >= 1 ? 1 : 0);
            expected.put("OrderDispatched", steps >= 2 ? 1 : 0);
            expected.put("StockCommitted", steps >= 2 ? lines : 0);
            expected.put("OrderDelivered", steps >= 3 ? 1 : 0);
            expected.put("CreditCharged", steps >= 3 && credit ? 1 : 0);
            expected.forEach((type, count) -> {
                assertThat(counts.of(id, type)).as(type + " of order " + id).isEqualTo(count);
                expectedTotals.merge(type, count, Integer::sum);
            });
        }
        expectedTotals.forEach((type, total) ->
                assertThat(counts.total(type)).as(type + " events in all").isEqualTo(total));
    }

    private static int pending() {
        return nodes.first().jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE status = 'PENDING'", Integer.class);
    }

    private static Map<String, String> statusesListedTo(Api admin) {
        var page = admin.get("/v1/orders?size=100");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Map<String, String> statuses = new HashMap<>();
        page.data().get("items").forEach(order -> statuses.put(order.get("id").asText(), order.get("status").asText()));
        return statuses;
    }

    private static Map<String, Long> lags(Api admin) {
        var status = admin.get("/v1/admin/projections");
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        Map<String, Long> lags = new HashMap<>();
        for (JsonNode projection : status.data()) {
            lags.put(projection.get("name").asText(), projection.get("lag").asLong());
        }
        return lags;
    }
}
