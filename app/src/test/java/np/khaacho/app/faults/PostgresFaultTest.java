package np.khaacho.app.faults;

import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/**
 * A test that stops the PostgreSQL server the whole suite uses: the suite's shared application loses its
 * connections too, and the test ends only once that one works again.
 */
abstract class PostgresFaultTest extends IntegrationTest {

    /** Streaming processors that failed wait up to a minute before they try again. */
    private static final Duration SHARED_RECOVERY = Duration.ofSeconds(120);

    /** Whatever happened in the test, the tests after it find the shared application working. */
    @AfterEach
    void sharedApplicationRecovered() {
        Eventually.waitUntil("the suite's shared application healthy again", SHARED_RECOVERY, () ->
                anonymous().get("/actuator/health").status() == 200);
    }
}
