package np.khaacho.command.whatsapp;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorSwitchTest {

    @Test
    void isOnOnlyInTheDemoModeWhenAskedFor() {
        assertThat(SimulatorSwitch.decide(true, "true")).isTrue();
        assertThat(SimulatorSwitch.decide(true, " TRUE ")).isTrue();
        assertThat(SimulatorSwitch.decide(true, "false")).isFalse();
        assertThat(SimulatorSwitch.decide(true, null)).as("unset").isFalse();
        assertThat(SimulatorSwitch.decide(true, " ")).as("blank").isFalse();
    }

    @Test
    void isNeverOnInProductionWhateverTheSetting() {
        assertThat(SimulatorSwitch.decide(false, "true")).isFalse();
        assertThat(SimulatorSwitch.decide(false, null)).isFalse();
        assertThat(SimulatorSwitch.decide(false, "false")).isFalse();
    }

    @Test
    void refusesASettingThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> SimulatorSwitch.decide(true, "yes"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("khaacho.simulator.enabled");
    }

    @Test
    void readsTheModeAndTheSettingOfTheApplication() {
        MockEnvironment production = new MockEnvironment().withProperty(SimulatorSwitch.PROPERTY, "true");
        assertThat(new SimulatorSwitch(production).enabled()).as("no mode is production").isFalse();
        assertThat(new SimulatorSwitch(production.withProperty("khaacho.mode", "production")).enabled()).isFalse();
        assertThat(new SimulatorSwitch(new MockEnvironment().withProperty("khaacho.mode", "demo")
                .withProperty(SimulatorSwitch.PROPERTY, "true")).enabled()).isTrue();
        assertThatThrownBy(() -> new SimulatorSwitch(new MockEnvironment().withProperty("khaacho.mode", "prod")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("khaacho.mode");
    }
}
