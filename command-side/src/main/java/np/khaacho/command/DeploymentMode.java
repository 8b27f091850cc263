package np.khaacho.command;

import org.springframework.core.env.Environment;

import java.util.Locale;

/**
 * How this instance runs, from {@code khaacho.mode}: {@code production} (the default: closed, nothing
 * open that a real deployment must not have) or {@code demo} (the demo profile, {@code java -jar
 * khaacho.jar demo}: demo data, the WhatsApp simulator, unsigned webhooks when no Twilio token is set).
 */
public final class DeploymentMode {

    public static final String PROPERTY = "khaacho.mode";
    public static final String PRODUCTION = "production";
    public static final String DEMO = "demo";

    private DeploymentMode() {
    }

    /** Whether the setting asks for the demo mode; unset means production, anything else fails the start. */
    public static boolean isDemo(Environment environment) {
        return isDemo(environment.getProperty(PROPERTY));
    }

    static boolean isDemo(String setting) {
        if (setting == null || setting.isBlank()) {
            return false;
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case PRODUCTION -> false;
            case DEMO -> true;
            default -> throw new IllegalStateException(PROPERTY + " must be " + PRODUCTION + " or " + DEMO
                    + ", not " + setting);
        };
    }
}
