package np.khaacho.app.faults;

import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is killed (SIGKILL, no shutdown of any kind) at random moments while buyers order
 * through WhatsApp and the API, and started again, several times. Once it is at rest, nothing it
 * accepted is lost or doubled, stock and credit are what the events say and what the orders hold,
 * and every saga is finished or waiting for a deadline that is scheduled. The seed of the random
 * choices is printed; {@code -Dkhaacho.fault.seed=…} repeats them (the kills still land where the
 * machine's timing puts them).
 */
class CrashRecoveryTest {

    private static final String DATABASE = "khaacho_crash_recovery_test";
    private static final int KILLS = 3;

    @Test
    void nothingAcceptedIsLostOrDoubledWhenTheApplicationIsKilledUnderLoad() throws Exception {
        long seed = FaultLoad.seed(CrashRecoveryTest.class);
        Random random = new Random(seed);
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        FaultAudit audit;
        FaultLoad load;
        try (AppProcess app = AppProcess.withDemoData("crash-recovery", DATABASE, twilio).start()) {
            load = FaultLoad.onDemoBuyers(app, seed).start();
            try (load) {
                for (int kill = 1; kill <= KILLS; kill++) {
                    Thread.sleep(2000 + random.nextInt(5000));
                    app.kill();
                    Thread.sleep(random.nextInt(1500));
                    app.start();
                }
                Thread.sleep(2000 + random.nextInt(3000));
                load.stop();
            }
            audit = new FaultAudit(app.jdbc()).awaitRest(Duration.ofSeconds(90)).check(load);
        }
        System.out.println("CrashRecoveryTest load: " + load.summary() + "; " + audit.observed());
        assertThat(load.repeats()).as("requests sent again while the application was down").isPositive();
        assertThat(load.apiOrders().stream().filter(FaultLoad.ApiOrder::accepted)).as(load.summary()).isNotEmpty();
        assertThat(load.messages().stream().filter(m -> m.accepted() && m.isConfirmation())).as(load.summary())
                .isNotEmpty();
        assertThat(audit.problems()).as(load.summary()).isEmpty();
        TestDatabase.drop(DATABASE);
    }
}
