package np.khaacho.command.whatsapp;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorSwitchTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "auth-token";
    private static final String FROM = "+14155238886";

    @Test
    void isOnWhenTwilioIsNotConfigured() {
        assertThat(SimulatorSwitch.decide(null, null, null, null)).isTrue();
        assertThat(SimulatorSwitch.decide("", "", "", "")).isTrue();
        assertThat(SimulatorSwitch.decide(" ", SID, TOKEN, " ")).as("a sender is missing").isTrue();
        assertThat(SimulatorSwitch.decide(null, SID, null, FROM)).as("the token is missing").isTrue();
    }

    @Test
    void isOffWhenTwilioIsConfigured() {
        assertThat(SimulatorSwitch.decide(null, SID, TOKEN, FROM)).isFalse();
        assertThat(SimulatorSwitch.decide("", SID, TOKEN, FROM)).isFalse();
    }

    @Test
    void theSettingOverridesEitherWay() {
        assertThat(SimulatorSwitch.decide("true", SID, TOKEN, FROM)).isTrue();
        assertThat(SimulatorSwitch.decide(" TRUE ", SID, TOKEN, FROM)).isTrue();
        assertThat(SimulatorSwitch.decide("false", null, null, null)).isFalse();
        assertThat(SimulatorSwitch.decide("False", null, null, null)).isFalse();
    }

    @Test
    void refusesASettingThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> SimulatorSwitch.decide("yes", null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("khaacho.simulator.enabled");
    }

    @Test
    void readsTheApplicationsSettings() {
        MockEnvironment twilio = new MockEnvironment()
                .withProperty("khaacho.twilio.account-sid", SID)
                .withProperty("khaacho.twilio.auth-token", TOKEN)
                .withProperty("khaacho.twilio.whatsapp-from", FROM);
        assertThat(new SimulatorSwitch(twilio).enabled()).isFalse();
        assertThat(new SimulatorSwitch(twilio.withProperty(SimulatorSwitch.PROPERTY, "true")).enabled()).isTrue();
        assertThat(new SimulatorSwitch(new MockEnvironment()).enabled()).isTrue();
    }
}
