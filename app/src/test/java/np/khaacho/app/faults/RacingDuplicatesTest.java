package np.khaacho.app.faults;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderPlaced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same request at two instances at the same instant. Twilio delivers a message again when its first
 * delivery got no answer in time, and a load balancer may hand the two copies to two instances; a client
 * retrying an order may reach another instance with the same {@code Idempotency-Key} while the first
 * attempt still runs. Each time: one stored message and one set of drafts, one order, and both answers
 * alike (the same status and the same orders). The two copies leave together from a barrier, many times over; the seed of the choices is printed.
 */
class RacingDuplicatesTest {

    private static final String DATABASE = "khaacho_cluster_racing_duplicates";
    private static final int DELIVERIES = 100;
    private static final int ORDERS = 30;
    private static final List<String> BUYERS = List.of(IntegrationTest.BUYER_KTM_PHONE, "+9779841100203",
            "+9779841100206", "+9779846100208");
    /** Order texts the Kathmandu vendor's catalog drafts from, in the ways buyers write. */
    private static final List<String> TEXTS = List.of("3 bora jeera masino chamal", "3 bag mansuli rice",
            "3 bag mansuli rice ra 5 kg masoor dal", "jeera masino 2 bag, chini 10 kg");
    private static final TwilioStub TWILIO = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID,
            IntegrationTest.TWILIO_AUTH_TOKEN);

    private static NodePair nodes;
    private static ExecutorService both;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        String[] settings = ClusterNode.twilioSettings(TWILIO).toArray(String[]::new);
        nodes = NodePair.start(DATABASE, name -> ClusterNode.start(name, DATABASE, settings), "first", "second");
        both = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (both != null) {
            both.shutdownNow();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void theSameDeliveryAtBothInstancesAtOnceIsStoredAndDraftedOnce() throws Exception {
        Random random = new Random(seed("deliveries"));
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            String sid = WhatsAppClient.newMessageSid();
            Map<String, String> fields = WhatsAppClient.text(sid, BUYERS.get(i % BUYERS.size()),
                    TEXTS.get(random.nextInt(TEXTS.size())));
            List<Api.Reply> answers = atOnce(node -> node.whatsApp().send(fields));
            assertThat(answers).as("the answers to delivery " + sid).allSatisfy(answer ->
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
            assertThat(answers.get(0).text()).as("both answers to " + sid).isEqualTo(answers.get(1).text());
            sids.add(sid);
        }

        var jdbc = nodes.first().jdbc;
        Eventually.waitUntil("every delivery read", Duration.ofSeconds(120), () -> jdbc.queryForObject(
                "SELECT count(*) FROM whatsapp.inbound_messages WHERE status IN ('RECEIVED', 'PROCESSING')",
                Integer.class) == 0);
        for (String sid : sids) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages WHERE message_sid = ?",
                    Integer.class, sid)).as("stored copies of " + sid).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?",
                    String.class, sid)).as("what became of " + sid).isEqualTo("DRAFTED");
            List<String> summary = jdbc.queryForList(
                    "SELECT unnest(order_ids) FROM whatsapp.summaries WHERE message_sid = ?", String.class, sid);
            List<String> drafted = jdbc.queryForList("""
                    SELECT aggregateidentifier FROM event_store.domain_event_entry
                    WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'messageId' = ?""",
                    String.class, OrderDrafted.class.getName(), sid);
            assertThat(drafted).as("drafts of " + sid).isNotEmpty().containsExactlyInAnyOrderElementsOf(summary);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE dedup_key = ?",
                    Integer.class, "reply:" + sid)).as("summaries queued for " + sid).isEqualTo(1);
        }
    }

    @Test
    void theSameIdempotencyKeyAtBothInstancesAtOncePlacesOneOrder() throws Exception {
        Random random = new Random(seed("orders"));
        Map<String, Api> first = new java.util.HashMap<>();
        Map<String, Api> second = new java.util.HashMap<>();
        for (String buyer : BUYERS) {
            first.put(buyer, nodes.first().as(buyer));
            second.put(buyer, nodes.second().as(buyer));
        }
        for (int i = 0; i < ORDERS; i++) {
            String buyer = BUYERS.get(i % BUYERS.size());
            String key = "race-" + UUID.randomUUID();
            Map<String, Object> body = Map.of("notes", key, "items", List.of(
                    Map.of("sku", "RICE-JEERA-25KG", "quantity", 2 + random.nextInt(2)),
                    Map.of("sku", "DAL-MASOOR-KG", "quantity", 10 + random.nextInt(10))));
            List<Api.Reply> answers = atOnce(node -> (node == nodes.first() ? first : second).get(buyer)
                    .withHeader("Idempotency-Key", key).post("/v1/orders", body));
            assertThat(answers).as("the answers to " + key).allSatisfy(answer ->
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
            // the same orders either way; the message says which request placed them ("order already placed")
            assertThat(answers.get(1).data()).as("both answers to " + key).isEqualTo(answers.get(0).data());
            List<String> placed = nodes.first().jdbc.queryForList("""
                    SELECT aggregateidentifier FROM event_store.domain_event_entry
                    WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'notes' = ?""",
                    String.class, OrderPlaced.class.getName(), key);
            List<String> answered = new ArrayList<>();
            answers.get(0).data().get("orders").forEach(order -> answered.add(order.get("orderId").asText()));
            assertThat(placed).as("orders placed for " + key).containsExactlyElementsOf(answered).hasSize(1);
        }
    }

    /** Sends the request to both instances at the same instant; their answers, the first instance's first. */
    private static List<Api.Reply> atOnce(Function<ClusterNode, Api.Reply> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Api.Reply>> sent = new ArrayList<>();
        for (ClusterNode node : List.of(nodes.first(), nodes.second())) {
            sent.add(both.submit(() -> {
                start.await();
                return request.apply(node);
            }));
        }
        return List.of(sent.get(0).get(), sent.get(1).get());
    }

    private static long seed(String what) {
        long seed = Long.getLong("khaacho.fault.seed", System.nanoTime());
        System.out.println("RacingDuplicatesTest " + what + " seed: " + seed + " (-Dkhaacho.fault.seed=" + seed
                + " repeats it)");
        return seed;
    }
}
