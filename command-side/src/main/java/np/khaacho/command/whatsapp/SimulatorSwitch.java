package np.khaacho.command.whatsapp;

import np.khaacho.command.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Whether the WhatsApp simulator is on: only in the demo mode ({@code khaacho.mode=demo}) and only
 * when {@code khaacho.simulator.enabled=true} (the demo profile sets both). In production the
 * setting is ignored, with a warning: the simulator never runs there.
 * <p>
 * The simulator's endpoints are public and let anyone write as any phone and read any phone's
 * conversation, login codes included: that is what a local demo needs and what no real deployment
 * may have.
 */
@Component
public class SimulatorSwitch {

    static final String PROPERTY = "khaacho.simulator.enabled";
    private static final Logger log = LoggerFactory.getLogger(SimulatorSwitch.class);

    private final boolean enabled;

    @Autowired
    SimulatorSwitch(Environment environment) {
        this(decide(DeploymentMode.isDemo(environment), environment.getProperty(PROPERTY)));
    }

    SimulatorSwitch(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            log.warn("the WhatsApp simulator is on (/simulator.html): anyone who reaches this application can "
                    + "write as any phone and read its messages, login codes included");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** On when the demo mode asks for it; a production start never has it, whatever the setting says. */
    static boolean decide(boolean demoMode, String setting) {
        boolean wanted = switch (setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new IllegalStateException(PROPERTY + " must be true or false, not " + setting);
        };
        if (wanted && !demoMode) {
            log.warn("{}=true is ignored: the WhatsApp simulator runs only in the demo mode "
                    + "(java -jar khaacho.jar demo), never in production", PROPERTY);
            return false;
        }
        return wanted;
    }
}
