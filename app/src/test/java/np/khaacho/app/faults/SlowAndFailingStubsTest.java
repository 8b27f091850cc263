package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.parsing.llm.OpenAiStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's API and the LLM endpoint (local stubs) fail or answer late: buyers still order on
 * WhatsApp (the rules read what the model cannot) and over the API, vendors still answer, and every
 * message waits in the outbox, is retried, and goes out exactly once when Twilio is back. A message
 * Twilio keeps refusing past the last attempt ends FAILED, for an admin to send again.
 */
class SlowAndFailingStubsTest {

    private static final String DATABASE = "khaacho_cluster_failing_stubs";
    private static final String GIVING_UP_DATABASE = "khaacho_cluster_twilio_gives_up";
    private static final String THAKALI_PHONE = "+9779851100204";
    private static final String MAHARJAN_PHONE = "+9779841100203";
    private static final String NEWA_MOMO_PHONE = "+9779841100206";
    /** Longer than the model's timeout: its answer comes too late to be used. */
    private static final Duration MODEL_LATE_BY = Duration.ofSeconds(3);

    private static final TwilioStub TWILIO = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID,
            IntegrationTest.TWILIO_AUTH_TOKEN);
    private static OpenAiStub model;
    private static ClusterNode app;

    @BeforeAll
    static void startWithBothStubs() throws Exception {
        model = OpenAiStub.start();
        TestDatabase.recreate(DATABASE);
        List<String> settings = ClusterNode.twilioSettings(TWILIO);
        settings.addAll(List.of(
                "--khaacho.ai.openai.base-url=" + model.baseUrl(),
                "--khaacho.ai.openai.api-key=test-key",
                "--khaacho.ai.openai.timeout=PT0.5S",
                "--khaacho.whatsapp.poll-interval=PT0.2S",
                // Quick passes over the outbox, and a circuit that holds the messages back while
                // Twilio is down (calls in an open circuit spend no attempts), so that no message
                // runs out of its attempts during the outages below.
                "--khaacho.twilio.retry.first-wait=PT0.05S",
                "--khaacho.twilio.relay.backoff=PT0.3S",
                "--khaacho.twilio.relay.max-backoff=PT2S",
                "--khaacho.twilio.relay.max-attempts=40",
                "--khaacho.twilio.circuit-breaker.minimum-number-of-calls=6",
                "--khaacho.twilio.circuit-breaker.sliding-window-size=10",
                "--khaacho.twilio.circuit-breaker.wait-in-open-state=PT2S"));
        app = ClusterNode.start("patient", DATABASE, settings.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        model.close();
        TestDatabase.drop(DATABASE);
    }

    @Test
    void ordersFlowWhileTwilioAndTheModelFailOrLagAndEachMessageGoesOutOnceTwilioIsBack() {
        ClusterLoad load = new ClusterLoad(List.of(app));
        Map<String, Integer> vendorSteps = new LinkedHashMap<>();

        // Twilio and the model answer 500.
        TWILIO.failEverything(500, 20500);
        model.fails(500);
        String thakaliOrder = load.orderOnWhatsApp(THAKALI_PHONE, "3 bora jeera masino ra 3 carton coke");
        String delivered = load.placeOverApi(IntegrationTest.BUYER_KTM_PHONE,
                "RICE-JEERA-25KG", 2, "DAL-MASOOR-KG", 5).orderIds().get(0);
        load.moveOn(delivered, 3);
        vendorSteps.put(delivered, 3);

        // Twilio asks to slow down (429) and the model answers after the timeout.
        TWILIO.stopFailing();
        TWILIO.failEverything(429, 20429);
        model.answersLate(MODEL_LATE_BY, Map.of("intent", "ORDER", "items", List.of(), "unresolved", List.of(),
                "language", "en"));
        String maharjanOrder = load.orderOnWhatsApp(MAHARJAN_PHONE, "2 bora jeera masino ra 2 bora mansuli");
        String confirmed = load.placeOverApi(IntegrationTest.BUYER_KTM_PHONE,
                "NOODLE-RARA-CTN", 5, "TEA-TOKLA-500G", 5).orderIds().get(0);
        load.moveOn(confirmed, 1);
        vendorSteps.put(confirmed, 1);

        Eventually.waitUntil("Twilio asked to slow down", () -> TWILIO.requests().stream()
                .anyMatch(request -> request.answeredStatus() == 429));
        assertReadByTheRules(thakaliOrder, "ERROR");
        assertReadByTheRules(maharjanOrder, "TIMEOUT");
        Eventually.waitUntil("messages retried while Twilio fails", () -> app.jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE attempts > 1", Integer.class) > 0);
        assertThat(app.jdbc.queryForList("SELECT DISTINCT status FROM messaging.outbox", String.class))
                .as("nothing sent, nothing given up").containsExactly("PENDING");
        assertThat(TWILIO.requests()).extracting(TwilioStub.MessageRequest::answeredStatus)
                .as("Twilio accepted nothing").isNotEmpty().containsOnly(500, 429);

        // Twilio is back, but slow: the buyers get their summaries and say yes.
        TWILIO.stopFailing();
        TWILIO.answerLate(Duration.ofMillis(400));
        for (String[] conversation : new String[][]{{THAKALI_PHONE, thakaliOrder}, {MAHARJAN_PHONE, maharjanOrder}}) {
            load.awaitAnswerSent(conversation[1], Duration.ofSeconds(60));
            for (String placed : load.confirmOnWhatsApp(conversation[0], conversation[1]).orderIds()) {
                load.moveOn(placed, 0);
                vendorSteps.put(placed, 0);
            }
        }
        TWILIO.stopFailing();

        vendorSteps.forEach((order, steps) -> OutboxAudit.awaitNoticesOf(app.jdbc, order, steps));
        OutboxAudit.awaitNothingPending(app.jdbc, Duration.ofSeconds(90));
        int messages = OutboxAudit.assertEachSentOnce(app.jdbc, TWILIO);
        assertThat(app.jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE attempts > 1", Integer.class))
                .as("messages sent after failed attempts").isPositive();
        load.assertEachWhatsAppMessageReadOnce(app.jdbc);
        System.out.printf("failing stubs: %d orders, %d messages sent once each after %d refused calls%n",
                vendorSteps.size(), messages, TWILIO.requests().stream().filter(r -> r.answeredStatus() != 201).count());
    }

    @Test
    void aMessageTwilioRefusesPastItsLastAttemptEndsFailedAndAnAdminSendsItAgain() throws Exception {
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        TestDatabase.recreate(GIVING_UP_DATABASE);
        List<String> settings = ClusterNode.twilioSettings(twilio);
        settings.addAll(List.of("--khaacho.whatsapp.poll-interval=PT0.2S",
                "--khaacho.twilio.retry.max-attempts=2",
                "--khaacho.twilio.retry.first-wait=PT0.05S",
                "--khaacho.twilio.relay.backoff=PT0.2S",
                "--khaacho.twilio.relay.max-attempts=4"));
        try (ClusterNode impatient = ClusterNode.start("impatient", GIVING_UP_DATABASE, settings.toArray(String[]::new))) {
            twilio.failEverything(503, 20503);
            String asked = WhatsAppClient.newMessageSid();
            assertThat(impatient.whatsApp().send(WhatsAppClient.text(asked, NEWA_MOMO_PHONE, "mero order kaha pugyo?"))
                    .status()).isEqualTo(200);
            long id = Eventually.waitFor("the answer queued", () -> impatient.jdbc.queryForList(
                    "SELECT id FROM messaging.outbox WHERE dedup_key = ?", Long.class, "reply:" + asked)
                    .stream().findFirst().orElse(null));
            Eventually.waitUntil("the answer given up", () -> "FAILED".equals(impatient.jdbc.queryForObject(
                    "SELECT status FROM messaging.outbox WHERE id = ?", String.class, id)));
            assertThat(twilio.requestsTo(NEWA_MOMO_PHONE)).extracting(TwilioStub.MessageRequest::answeredStatus)
                    .containsExactly(503, 503, 503, 503);

            Api admin = impatient.as(IntegrationTest.ADMIN_PHONE);
            JsonNode listed = admin.get("/v1/admin/outbound?status=FAILED").data().get("items");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
            assertThat(listed.get(0).get("phone").asText()).isEqualTo(NEWA_MOMO_PHONE);
            assertThat(listed.get(0).get("lastError").asText()).contains("gave up after 4 attempts", "503");

            twilio.stopFailing();
            var retried = admin.post("/v1/admin/outbound/" + id + "/retry", Map.of());
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            OutboxAudit.awaitNothingPending(impatient.jdbc, Duration.ofSeconds(30));
            assertThat(OutboxAudit.assertEachSentOnce(impatient.jdbc, twilio)).isEqualTo(1);
            assertThat(twilio.requestsTo(NEWA_MOMO_PHONE)).extracting(TwilioStub.MessageRequest::answeredStatus)
                    .containsExactly(503, 503, 503, 503, 201);
        } finally {
            TestDatabase.drop(GIVING_UP_DATABASE);
        }
    }

    /** The model was asked and failed this way, and the rules answered instead. */
    private static void assertReadByTheRules(String messageSid, String modelFailure) {
        assertThat(app.jdbc.queryForList("""
                SELECT engine, status, answered_by FROM parsing.ai_processing_logs WHERE message_sid = ?""", messageSid))
                .containsExactly(Map.of("engine", "llm", "status", modelFailure, "answered_by", "rules"));
    }
}
