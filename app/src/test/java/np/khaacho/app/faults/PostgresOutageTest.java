package np.khaacho.app.faults;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PostgresServer;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL crashes (stopped in immediate mode) for a minute while buyers order through WhatsApp and
 * the API. The application stays up all along: its health says DOWN within seconds and UP again once
 * PostgreSQL is back, and meanwhile every request is answered, in time for Twilio's 15 s webhook
 * timeout, with a 503 and a Retry-After, never with a 500 nor with a 200 for something it did not
 * keep. A webhook Twilio retries after the outage is taken, and at rest nothing accepted is lost or
 * doubled. The suite's shared application loses its database too; the test ends once it works again.
 */
class PostgresOutageTest extends PostgresFaultTest {

    private static final String DATABASE = "khaacho_postgres_outage_test";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Twilio gives up on a webhook after 15 s: an answer must come before. */
    private static final Duration TWILIO_TIMEOUT = Duration.ofSeconds(15);
    /** Streaming processors that failed wait up to a minute before they try again. */
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    private static final String FRESH_BUYER = "+9779808100207";

    @Test
    void theApplicationAnswers503DuringAMinuteOfCrashedPostgresAndLosesNothingItAccepted() throws Exception {
        long seed = FaultLoad.seed(PostgresOutageTest.class);
        Random random = new Random(seed);
        PostgresServer postgres = PostgresServer.ofTests();
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
        FaultLoad load;
        List<String> problems;
        String during = WhatsAppClient.newMessageSid();
        Map<String, String> webhook = WhatsAppClient.text(during, FRESH_BUYER, "3 bora jeera masino ra 5 carton wai wai");
        Duration toDown;
        Duration toUp;
        Api.Reply webhookDuringOutage;
        Duration webhookAnsweredIn;
        Api.Reply orderDuringOutage;
        try (AppProcess app = AppProcess.withDemoData("postgres-outage", DATABASE, twilio).start()) {
            long pid = app.pid();
            Api health = app.anonymous();
            Api freshBuyer = app.as(FRESH_BUYER);
            load = FaultLoad.onDemoBuyers(app, seed).start();
            Instant up;
            try (load) {
                Thread.sleep(3000 + random.nextInt(3000));
                Instant down = Instant.now();
                postgres.crash();
                try {
                    Eventually.waitUntil("health DOWN", Duration.ofSeconds(30),
                            () -> health.get("/actuator/health").status() == 503);
                    toDown = Duration.between(down, Instant.now());

                    Instant sent = Instant.now();
                    webhookDuringOutage = app.whatsApp().send(webhook);
                    webhookAnsweredIn = Duration.between(sent, Instant.now());
                    orderDuringOutage = freshBuyer.post("/v1/orders",
                            Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
                    assertThat(app.pid()).as("the same process").isEqualTo(pid);

                    Thread.sleep(Math.max(0, OUTAGE.minus(Duration.between(down, Instant.now())).toMillis()));
                } finally {
                    postgres.start();
                }
                up = Instant.now();
                Eventually.waitUntil("health UP", RECOVERY, () -> health.get("/actuator/health").status() == 200);
                toUp = Duration.between(up, Instant.now());
                Thread.sleep(3000 + random.nextInt(3000));
                load.stop();
            } finally {
                postgres.ensureRunning();
            }
            System.out.printf("PostgresOutageTest: %s; health DOWN %d ms after the crash, UP %d ms after the start;"
                    + " a webhook during the outage answered %d in %d ms%n", load.summary(), toDown.toMillis(),
                    toUp.toMillis(), webhookDuringOutage.status(), webhookAnsweredIn.toMillis());

            assertThat(webhookDuringOutage.status()).as(webhookDuringOutage.toString()).isEqualTo(503);
            assertThat(webhookDuringOutage.header("Retry-After")).isNotBlank();
            assertThat(webhookAnsweredIn).isLessThan(TWILIO_TIMEOUT);
            assertThat(orderDuringOutage.status()).as(orderDuringOutage.toString()).isEqualTo(503);
            assertThat(orderDuringOutage.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");

            FaultAudit audit = new FaultAudit(app.jdbc()).awaitRest(RECOVERY).check(load);
            System.out.println("PostgresOutageTest audit: " + audit.observed());
            problems = audit.problems();

            // Twilio sends the webhook again: it is taken now (the audit above knew nothing of it)
            Eventually.waitUntil("the retried webhook taken", RECOVERY,
                    () -> app.whatsApp().send(webhook).status() == 200);
            Eventually.waitUntil("the retried order text read", RECOVERY,
                    () -> FaultLoad.outcome(app.jdbc(), during) != null);
            assertThat(FaultLoad.outcome(app.jdbc(), during)).isEqualTo("DRAFTED");
            assertThat(app.pid()).as("the same process, never restarted").isEqualTo(pid);
        }
        assertThat(load.apiOrders().stream().filter(FaultLoad.ApiOrder::accepted)).as(load.summary()).isNotEmpty();
        assertThat(problems).as(load.summary()).isEmpty();
        TestDatabase.drop(DATABASE);
    }
}
