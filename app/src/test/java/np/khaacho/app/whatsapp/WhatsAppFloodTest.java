package np.khaacho.app.whatsapp;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One phone sends a thousand messages within a minute while two other buyers order as usual. The other
 * buyers' messages are each read within a second of arriving; the flooding phone's first 120 are read,
 * the rest are left unread (RATE_LIMITED), and it is told once to slow down.
 */
class WhatsAppFloodTest {

    private static final String DATABASE = "khaacho_whatsapp_flood";
    private static final TwilioStub TWILIO = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID,
            IntegrationTest.TWILIO_AUTH_TOKEN);
    private static final String FLOODER = "+9779841100203";
    private static final List<String> OTHERS = List.of(IntegrationTest.BUYER_KTM_PHONE, "+9779841100206");
    private static final int FLOOD = 1000;
    /** The guard's default. */
    private static final int LIMIT = 120;

    private static ClusterNode node;

    @BeforeAll
    static void start() throws Exception {
        TestDatabase.recreate(DATABASE);
        node = ClusterNode.start("flood", DATABASE, ClusterNode.twilioSettings(TWILIO).toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        TestDatabase.drop(DATABASE);
    }

    private Double millisToRead(String sid) {
        List<Double> millis = node.jdbc.queryForList("""
                SELECT extract(epoch FROM processed_at - received_at) * 1000 FROM whatsapp.inbound_messages
                WHERE message_sid = ? AND processed_at IS NOT NULL""", Double.class, sid);
        return millis.isEmpty() ? null : millis.get(0);
    }

    @Test
    void aThousandMessagesFromOnePhoneDelayNobodyElseAndAreToldToSlowDownOnce() throws Exception {
        WhatsAppClient whatsApp = node.whatsApp();
        // how long one such order takes to read with no flood: what the flood adds is measured beyond it
        List<String> calm = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String sid = WhatsAppClient.newMessageSid();
            assertThat(whatsApp.send(WhatsAppClient.text(sid, OTHERS.get(i % 2), "3 bag mansuli rice")).status())
                    .isEqualTo(200);
            calm.add(sid);
            Thread.sleep(400);
        }
        Eventually.waitUntil("the calm orders read", () -> calm.stream().allMatch(sid -> millisToRead(sid) != null));
        double alone = calm.stream().mapToDouble(this::millisToRead).max().orElseThrow();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        long began = System.nanoTime();
        List<Future<Api.Reply>> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            Map<String, String> fields = WhatsAppClient.text(WhatsAppClient.newMessageSid(), FLOODER, "hello " + i);
            flood.add(senders.submit(() -> whatsApp.send(fields)));
        }
        // the other buyers order while the flood arrives, one message every 400 ms
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sid = WhatsAppClient.newMessageSid();
            Api.Reply reply = whatsApp.send(WhatsAppClient.text(sid, OTHERS.get(i % 2), "3 bag mansuli rice"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            others.add(sid);
            Thread.sleep(400);
        }
        for (Future<Api.Reply> sent : flood) {
            assertThat(sent.get().status()).as(sent.get().toString()).isEqualTo(200);
        }
        Duration flooding = Duration.ofNanos(System.nanoTime() - began);
        senders.shutdown();
        assertThat(flooding).as("the flood arrived within a minute").isLessThan(Duration.ofMinutes(1));

        var jdbc = node.jdbc;
        Eventually.waitUntil("every message read", Duration.ofSeconds(120), () -> jdbc.queryForObject(
                "SELECT count(*) FROM whatsapp.inbound_messages WHERE status IN ('RECEIVED', 'PROCESSING')",
                Integer.class) == 0);
        List<Double> millis = new ArrayList<>();
        for (String sid : others) {
            Map<String, Object> read = jdbc.queryForMap("""
                    SELECT outcome, extract(epoch FROM processed_at - received_at) * 1000 AS millis
                    FROM whatsapp.inbound_messages WHERE message_sid = ?""", sid);
            assertThat(read.get("outcome")).as("what became of " + sid).isEqualTo("DRAFTED");
            millis.add(((Number) read.get("millis")).doubleValue());
        }
        Collections.sort(millis);
        double slowest = millis.get(millis.size() - 1);
        // Of the twenty orders, the slowest but one: a single stall of the whole machine (a checkpoint of the
        // database, a pause of the JVM both applications share) would delay one order whatever the flood does,
        // while a flood that held the workers would delay most of them.
        double slowestButOne = millis.get(millis.size() - 2);
        System.out.printf("WhatsAppFloodTest: another buyer's order read in at most %.0f ms during the flood (all but"
                + " one in %.0f ms, the median in %.0f ms), %.0f ms without it%n", slowest, slowestButOne,
                millis.get(millis.size() / 2), alone);
        assertThat(slowestButOne - alone).as("ms the flood added to another buyer's orders (%.0f during it, %.0f alone)",
                slowestButOne, alone).isLessThanOrEqualTo(1000.0);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp.inbound_messages WHERE phone = ? AND outcome = 'RATE_LIMITED'""",
                Integer.class, FLOODER)).as("the flood's messages left unread").isEqualTo(FLOOD - LIMIT);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp.inbound_messages WHERE phone = ? AND outcome_detail ->> 'told' = 'true'""",
                Integer.class, FLOODER)).as("times the flooding phone was told to slow down").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM messaging.outbox WHERE phone = ? AND body LIKE 'You are sending messages faster%'""",
                Integer.class, FLOODER)).as("slow-down replies queued").isEqualTo(1);
    }
}
