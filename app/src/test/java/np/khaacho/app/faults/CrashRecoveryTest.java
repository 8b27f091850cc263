package np.khaacho.app.faults;

import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is killed (SIGKILL, no shutdown of any kind) at random moments while buyers order
 * through WhatsApp and the API, and started again, several times. Once it is at rest, nothing it
 * accepted is lost or doubled, stock and credit are what the events say and what the orders hold,
 * every saga is finished or waiting for a deadline that is scheduled, and every message reached
 * Twilio once, but for those it accepted just before a kill (counted and printed). The seed of the random
 * choices is printed; {@code -Dkhaacho.fault.seed=…} repeats them (the kills still land where the
 * machine's timing puts them).
 */
class CrashRecoveryTest {

    private static final String DATABASE = "khaacho_crash_recovery_test";
    /** Three in the suite; {@code bench/send-window.sh} asks for more ({@code -Dkhaacho.fault.kills}) to measure the window. */
    private static final int KILLS = Integer.getInteger("khaacho.fault.kills", 3);
    /**
     * The most time between Twilio accepting a message and a kill for a second copy of it to pass: the relay
     * marks a message sent right after Twilio's answer, so a copy can only come from a kill in between.
     */
    private static final Duration SEND_WINDOW = Duration.ofSeconds(2);
    private static final Duration CLAIM = Duration.ofSeconds(15);

    @Test
    void nothingAcceptedIsLostOrDoubledWhenTheApplicationIsKilledUnderLoad() throws Exception {
        long seed = FaultLoad.seed(CrashRecoveryTest.class);
        Random random = new Random(seed);
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        FaultAudit audit;
        FaultLoad load;
        List<Instant> kills = new ArrayList<>();
        int copies;
        int sent;
        // a killed instance's claimed messages wait for their claim to run out: a short one here, the stub
        // answering at once (in production a claim outlasts one send with its retries, minutes)
        try (AppProcess app = AppProcess.withDemoData("crash-recovery", DATABASE, twilio,
                "--khaacho.twilio.relay.claim-for=" + CLAIM).start()) {
            load = FaultLoad.onDemoBuyers(app, seed).start();
            try (load) {
                for (int kill = 1; kill <= KILLS; kill++) {
                    Thread.sleep(2000 + random.nextInt(5000));
                    kills.add(Instant.now());
                    app.kill();
                    Thread.sleep(random.nextInt(1500));
                    app.start();
                }
                Thread.sleep(2000 + random.nextInt(3000));
                load.stop();
            }
            audit = new FaultAudit(app.jdbc()).awaitRest(Duration.ofSeconds(90)).check(load);
            OutboxAudit.awaitNothingPending(app.jdbc(), CLAIM.plusSeconds(60));
            copies = OutboxAudit.assertSentOnceButForKills(app.jdbc(), twilio, kills, SEND_WINDOW);
            sent = app.jdbc().queryForObject("SELECT count(*) FROM messaging.outbox", Integer.class);
        }
        // the send window: the messages Twilio took twice because a kill fell between its answer and the
        // outbox marking the message sent, per thousand sent, with a kill every few seconds
        System.out.printf("CrashRecoveryTest load: %s; %s; %d of %d messages sent twice (%.1f per thousand),"
                + " each just before one of %d kills%n", load.summary(), audit.observed(), copies, sent,
                sent == 0 ? 0.0 : 1000.0 * copies / sent, KILLS);
        assertThat(load.repeats()).as("requests sent again while the application was down").isPositive();
        assertThat(load.apiOrders().stream().filter(FaultLoad.ApiOrder::accepted)).as(load.summary()).isNotEmpty();
        assertThat(load.messages().stream().filter(m -> m.accepted() && m.isConfirmation())).as(load.summary())
                .isNotEmpty();
        assertThat(audit.problems()).as(load.summary()).isEmpty();
        TestDatabase.drop(DATABASE);
    }
}
