package np.khaacho.app.faults;

import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.PostgresServer;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarts while buyers order through WhatsApp and the API. Requests wait or fail while
 * it is down; afterwards the application, never restarted itself, is healthy again and takes new orders
 * end to end, and everything it accepted is there once and came to its end. The suite's shared
 * application loses its connections too: the test ends only once that one works again as well.
 */
class PostgresRestartTest extends PostgresFaultTest {

    private static final String DATABASE = "khaacho_postgres_restart_test";
    /** A buyer the load leaves alone, for the orders after the restart. */
    private static final String FRESH_BUYER = "+9779808100207";
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Test
    void theApplicationRecoversByItselfAndLosesNothingItAcceptedWhenPostgresRestarts() throws Exception {
        long seed = FaultLoad.seed(PostgresRestartTest.class);
        Random random = new Random(seed);
        PostgresServer postgres = PostgresServer.ofTests();
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
        FaultLoad load;
        List<String> problems;
        long underWay;
        try (AppProcess app = AppProcess.withDemoData("postgres-restart", DATABASE, twilio).start()) {
            long pid = app.pid();
            load = FaultLoad.onDemoBuyers(app, seed).start();
            Instant down;
            Instant up;
            try (load) {
                Thread.sleep(3000 + random.nextInt(3000));
                down = Instant.now();
                postgres.restart(Duration.ofMillis(2000 + random.nextInt(2000)));
                up = Instant.now();
                Thread.sleep(5000 + random.nextInt(3000));
                load.stop();
            } finally {
                postgres.ensureRunning();
            }
            underWay = load.requestsUnderWay(down, up);
            System.out.println("PostgresRestartTest load: " + load.summary() + "; " + underWay
                    + " requests under way while PostgreSQL was down");

            app.awaitHealthy(RECOVERY);
            assertThat(app.pid()).as("the same process, never restarted").isEqualTo(pid);
            FaultAudit audit = new FaultAudit(app.jdbc()).awaitRest(RECOVERY).check(load);
            System.out.println("PostgresRestartTest audit: " + audit.observed());
            problems = audit.problems();

            OrderSteps.placeAwaitingVendor(app.as(FRESH_BUYER), "RICE-JEERA-25KG", 3);
            for (String orderId : confirmedOnWhatsApp(app, "3 bora jeera masino ra 5 carton wai wai")) {
                OrderSteps.awaitStatus(app.as(FRESH_BUYER), orderId, "AWAITING_VENDOR");
            }
        }
        assertThat(underWay).as("requests under way while PostgreSQL was down").isPositive();
        assertThat(load.apiOrders().stream().filter(FaultLoad.ApiOrder::accepted)).as(load.summary()).isNotEmpty();
        assertThat(problems).as(load.summary()).isEmpty();

        OrderSteps.placeAwaitingVendor(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        TestDatabase.drop(DATABASE);
    }

    /** An order text and a yes from the fresh buyer: the ids of the orders the yes placed. */
    private static List<String> confirmedOnWhatsApp(AppProcess app, String text) {
        WhatsAppClient twilio = app.whatsApp();
        String order = WhatsAppClient.newMessageSid();
        assertThat(twilio.send(WhatsAppClient.text(order, FRESH_BUYER, text)).status()).isEqualTo(200);
        assertThat(Eventually.waitFor("the order text read", () -> FaultLoad.outcome(app.jdbc(), order)))
                .isEqualTo("DRAFTED");
        String yes = WhatsAppClient.newMessageSid();
        assertThat(twilio.send(WhatsAppClient.text(yes, FRESH_BUYER, "YES")).status()).isEqualTo(200);
        assertThat(Eventually.waitFor("the yes read", () -> FaultLoad.outcome(app.jdbc(), yes))).isEqualTo("CONFIRMED");
        List<String> placed = app.jdbc().queryForList("""
                SELECT jsonb_array_elements_text(outcome_detail -> 'orderIds') FROM whatsapp.inbound_messages
                WHERE message_sid = ?""", String.class, yes);
        assertThat(placed).isNotEmpty();
        return placed;
    }
}
