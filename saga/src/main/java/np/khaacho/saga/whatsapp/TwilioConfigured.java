package np.khaacho.saga.whatsapp;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the account SID, auth token and WhatsApp sender are all set: then the relay sends through Twilio. */
class TwilioConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        return present(environment, "khaacho.twilio.account-sid")
                && present(environment, "khaacho.twilio.auth-token")
                && present(environment, "khaacho.twilio.whatsapp-from");
    }

    private static boolean present(Environment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }
}
