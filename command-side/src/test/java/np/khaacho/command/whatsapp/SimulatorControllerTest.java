package np.khaacho.command.whatsapp;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the simulator does when it is off; what it does when on is tested through the running application. */
class SimulatorControllerTest {

    /** Switched off, it touches nothing it was given: its collaborators are absent here. */
    private final SimulatorController off = new SimulatorController(new SimulatorSwitch(false), null, null, null, null);

    @Test
    void answersNotFoundEverywhereWhenSwitchedOff() {
        assertNotFound(() -> off.contacts());
        assertNotFound(() -> off.send(new SimulatorController.Typed("+9779841100201", "3 bora jeera masino")));
        assertNotFound(() -> off.conversation("+9779841100201", Instant.now()));
    }

    @Test
    void makesMessageSidsLikeTwiliosAndNeverTheSameTwice() {
        String first = SimulatorController.newMessageSid();
        assertThat(first).matches("SM[0-9a-f]{32}");
        assertThat(SimulatorController.newMessageSid()).matches("SM[0-9a-f]{32}").isNotEqualTo(first);
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
