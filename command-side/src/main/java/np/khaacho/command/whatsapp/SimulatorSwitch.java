package np.khaacho.command.whatsapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Whether the WhatsApp simulator is on. {@code khaacho.simulator.enabled} decides when set; unset
 * (or blank), the simulator is on exactly when Twilio is not configured (no account SID, auth token
 * and WhatsApp sender all set), that is, on a local demo where no real WhatsApp message can arrive.
 * <p>
 * The simulator's endpoints are public and let anyone write as any phone and read any phone's
 * conversation, login codes included: that is what a local demo needs and what no real deployment
 * may have. A deployment without Twilio that is reachable by others must set it to false.
 */
@Component
public class SimulatorSwitch {

    static final String PROPERTY = "khaacho.simulator.enabled";
    private static final Logger log = LoggerFactory.getLogger(SimulatorSwitch.class);

    private final boolean enabled;

    @Autowired
    SimulatorSwitch(Environment environment) {
        this(decide(environment.getProperty(PROPERTY), environment.getProperty("khaacho.twilio.account-sid"),
                environment.getProperty("khaacho.twilio.auth-token"),
                environment.getProperty("khaacho.twilio.whatsapp-from")));
    }

    SimulatorSwitch(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            log.warn("the WhatsApp simulator is on (/simulator.html): anyone who reaches this application can "
                    + "write as any phone and read its messages, login codes included; set {}=false to turn it off",
                    PROPERTY);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** The setting when given ("true" or "false"), else on exactly when Twilio is not configured. */
    static boolean decide(String setting, String accountSid, String authToken, String whatsappFrom) {
        if (TwilioSettings.present(setting)) {
            return switch (setting.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalStateException(PROPERTY + " must be true or false, not " + setting);
            };
        }
        boolean twilioConfigured = TwilioSettings.present(accountSid) && TwilioSettings.present(authToken)
                && TwilioSettings.present(whatsappFrom);
        return !twilioConfigured;
    }
}
