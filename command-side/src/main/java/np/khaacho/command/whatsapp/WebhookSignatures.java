package np.khaacho.command.whatsapp;

import np.khaacho.command.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the WhatsApp webhooks ask of a call. With a Twilio auth token, its signature is checked, in
 * either mode. Without one, a production instance refuses every call (anyone could otherwise write
 * as any buyer), and only the demo mode accepts unsigned calls.
 */
@Component
class WebhookSignatures {

    enum Policy { CHECK, REFUSE_ALL, ACCEPT_UNSIGNED }

    private static final Logger log = LoggerFactory.getLogger(WebhookSignatures.class);

    private final Policy policy;

    @Autowired
    WebhookSignatures(TwilioSettings twilio, Environment environment) {
        this(decide(twilio.signaturesChecked(), DeploymentMode.isDemo(environment)));
    }

    WebhookSignatures(Policy policy) {
        this.policy = policy;
        switch (policy) {
            case REFUSE_ALL -> log.warn("TWILIO_AUTH_TOKEN (khaacho.twilio.auth-token) is not set: every call to "
                    + "/v1/whatsapp/webhook and /v1/whatsapp/status is refused with 403 until it is. Set it to the "
                    + "Twilio account's auth token, or run the demo mode (java -jar khaacho.jar demo) for unsigned calls");
            case ACCEPT_UNSIGNED -> log.warn("demo mode without a Twilio auth token: the WhatsApp webhooks accept "
                    + "unsigned calls, so anyone who reaches them can write as any phone");
            case CHECK -> {
                // the normal case: nothing to say
            }
        }
    }

    static Policy decide(boolean authTokenSet, boolean demoMode) {
        if (authTokenSet) {
            return Policy.CHECK;
        }
        return demoMode ? Policy.ACCEPT_UNSIGNED : Policy.REFUSE_ALL;
    }

    Policy policy() {
        return policy;
    }
}
