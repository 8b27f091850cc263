package np.khaacho.app.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.WhatsAppClient;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives buyers and vendors against the instances of one database, taking turns between them: API
 * orders with an Idempotency-Key (each sent again, as a client whose answer was lost would, to the
 * next instance), WhatsApp conversations (the order text delivered twice, as Twilio retries, and
 * the "YES" to another instance), and vendors moving orders on. It records what was accepted, so a
 * test can check afterwards that each request made its orders once.
 */
final class ClusterLoad {

    /** The orders one accepted API request made (one per vendor of its lines). */
    record ApiOrder(String buyerPhone, String idempotencyKey, Map<String, Integer> lines, List<String> orderIds) {
    }

    /** One WhatsApp conversation: the order text, the drafts it made, and the "YES" that placed them. */
    record Conversation(String buyerPhone, String orderSid, String yesSid, List<String> orderIds) {
    }

    /** What an order is after the vendor took it so many steps on. */
    static final List<String> STATUSES = List.of("AWAITING_VENDOR", "CONFIRMED", "DISPATCHED", "DELIVERED");
    private static final List<String> VENDORS = List.of(IntegrationTest.VENDOR_KTM_PHONE,
            IntegrationTest.VENDOR_LTP_PHONE, IntegrationTest.VENDOR_PKR_PHONE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ClusterNode> nodes;
    private final AtomicInteger turn = new AtomicInteger();
    private final List<ApiOrder> apiOrders = Collections.synchronizedList(new ArrayList<>());
    private final List<Conversation> conversations = Collections.synchronizedList(new ArrayList<>());

    ClusterLoad(List<ClusterNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The instance whose turn it is. */
    private ClusterNode next() {
        return nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
    }

    private ClusterNode after(ClusterNode node) {
        return nodes.get((nodes.indexOf(node) + 1) % nodes.size());
    }

    List<ApiOrder> apiOrders() {
        return List.copyOf(apiOrders);
    }

    List<Conversation> conversations() {
        return List.copyOf(conversations);
    }

    /** Every order the load made, API and WhatsApp alike. */
    List<String> orderIds() {
        List<String> ids = new ArrayList<>();
        apiOrders().forEach(order -> ids.addAll(order.orderIds()));
        conversations().forEach(conversation -> ids.addAll(conversation.orderIds()));
        return ids;
    }

    /**
     * Places an order for these lines (SKU, quantity, …) on one instance, then sends the same request
     * with the same key to the next one, which must answer the same orders.
     */
    ApiOrder placeOverApi(String buyerPhone, Object... skuAndQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
            items.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        String key = "cluster-" + UUID.randomUUID();
        ClusterNode first = next();
        List<String> placed = orderIdsOf(first.as(buyerPhone).withHeader("Idempotency-Key", key)
                .post("/v1/orders", Map.of("items", items)));
        List<String> again = orderIdsOf(after(first).as(buyerPhone).withHeader("Idempotency-Key", key)
                .post("/v1/orders", Map.of("items", items)));
        assertThat(again).as("the retry of request " + key + " answers its orders").isEqualTo(placed);
        ApiOrder order = new ApiOrder(buyerPhone, key, lines, placed);
        apiOrders.add(order);
        return order;
    }

    private static List<String> orderIdsOf(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        reply.data().get("orders").forEach(order -> ids.add(order.get("orderId").asText()));
        return ids;
    }

    /**
     * The buyer's order text, delivered by Twilio to one instance and delivered again to the next;
     * answers its message SID once the text was read into drafts.
     */
    String orderOnWhatsApp(String buyerPhone, String text) {
        String sid = WhatsAppClient.newMessageSid();
        Map<String, String> fields = WhatsAppClient.text(sid, buyerPhone, text);
        ClusterNode first = next();
        assertThat(first.whatsApp().send(fields).status()).isEqualTo(200);
        assertThat(after(first).whatsApp().send(fields).status()).isEqualTo(200);
        awaitOutcome(first, sid, "DRAFTED");
        return sid;
    }

    /** Waits until the answer to that message (the summary of an order text) went out through Twilio. */
    void awaitAnswerSent(String sid, Duration timeout) {
        Eventually.waitUntil("the answer to " + sid + " sent", timeout, () -> nodes.get(0).jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE dedup_key = ? AND status = 'SENT'", Integer.class,
                "reply:" + sid) == 1);
    }

    /** The buyer's "YES" to the drafts of that message; answers the conversation once the orders are placed. */
    Conversation confirmOnWhatsApp(String buyerPhone, String orderSid) {
        String yesSid = WhatsAppClient.newMessageSid();
        ClusterNode node = next();
        assertThat(node.whatsApp().send(WhatsAppClient.text(yesSid, buyerPhone, "YES")).status()).isEqualTo(200);
        JsonNode detail = awaitOutcome(node, yesSid, "CONFIRMED");
        assertThat(detail.get("summaryOf").asText()).isEqualTo(orderSid);
        List<String> placed = new ArrayList<>();
        detail.get("orderIds").forEach(id -> placed.add(id.asText()));
        Conversation conversation = new Conversation(buyerPhone, orderSid, yesSid, placed);
        conversations.add(conversation);
        return conversation;
    }

    private static JsonNode awaitOutcome(ClusterNode node, String sid, String outcome) {
        Map<String, Object> row = Eventually.waitFor("WhatsApp message " + sid + " read", () -> node.jdbc.queryForList("""
                SELECT outcome, outcome_detail::text AS detail FROM whatsapp.inbound_messages
                WHERE message_sid = ? AND status = 'DONE'""", sid).stream().findFirst().orElse(null));
        assertThat(row.get("outcome")).as("what became of " + sid + ": " + row).isEqualTo(outcome);
        try {
            return JSON.readTree((String) row.get("detail"));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The order's vendor takes it this many steps on (1 confirmed, 2 dispatched, 3 delivered), each
     * step on the next instance, once the order waits for the vendor; answers the status it ends in.
     */
    String moveOn(String orderId, int steps) {
        ClusterNode reader = next();
        JsonNode order = PortalOrders.awaitStatus(reader.as(IntegrationTest.ADMIN_PHONE), orderId, "AWAITING_VENDOR");
        String vendorPhone = VENDORS.stream().filter(phone -> reader.userId(phone).equals(order.get("vendorId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo vendor for " + order));
        for (int step = 1; step <= steps; step++) {
            Api vendor = next().as(vendorPhone);
            switch (step) {
                case 1 -> PortalOrders.confirm(vendor, orderId);
                case 2 -> PortalOrders.dispatch(vendor, orderId);
                default -> PortalOrders.deliver(vendor, orderId);
            }
        }
        return STATUSES.get(steps);
    }

    /**
     * Every WhatsApp message of the conversations was stored once, read once (one attempt, one
     * parse) and answered at most once: each order text with one summary.
     */
    void assertEachWhatsAppMessageReadOnce(JdbcTemplate jdbc) {
        List<String> sids = new ArrayList<>();
        conversations().forEach(c -> sids.addAll(List.of(c.orderSid(), c.yesSid())));
        List<Map<String, Object>> inbound = jdbc.queryForList(
                "SELECT message_sid, status, attempts FROM whatsapp.inbound_messages WHERE message_sid = ANY (?)",
                (Object) sids.toArray(String[]::new));
        assertThat(inbound).extracting(row -> row.get("message_sid")).containsExactlyInAnyOrderElementsOf(sids);
        assertThat(inbound).allSatisfy(row -> assertThat(row).as("read once").containsEntry("status", "DONE")
                .containsEntry("attempts", 1));
        assertThat(jdbc.queryForList("""
                SELECT message_sid FROM parsing.ai_processing_logs WHERE message_sid = ANY (?)
                GROUP BY message_sid HAVING count(*) > 1""", String.class, (Object) sids.toArray(String[]::new)))
                .as("messages parsed twice").isEmpty();
        for (Conversation conversation : conversations()) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE dedup_key = ?",
                    Integer.class, "reply:" + conversation.orderSid())).as("one summary").isEqualTo(1);
        }
    }

    /** Runs the tasks on a few threads at once and waits for all of them; the first failure fails the run. */
    static void together(int threads, List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> running = tasks.stream().map(pool::submit).toList();
            for (Future<Void> task : running) {
                task.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
