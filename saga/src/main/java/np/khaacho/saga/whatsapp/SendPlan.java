package np.khaacho.saga.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.Optional;

/**
 * What goes to Twilio for one message: the body itself, or a content template with its variables.
 *
 * <p>Template variables: {@code {{1}}} is the message text, on one line (WhatsApp refuses a variable
 * with line breaks, tabs or more than four spaces in a row) and at most {@value #MAX_VARIABLE_LENGTH}
 * characters. The same mapping holds for the default template and for every kind's own template, so a
 * kind's template differs only in the approved wording around the text.
 */
public record SendPlan(SendForm form, String body, String contentSid, String contentVariables) {

    static final int MAX_VARIABLE_LENGTH = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    static SendPlan freeform(String body) {
        return new SendPlan(SendForm.FREEFORM, body, null, null);
    }

    static SendPlan template(String contentSid, String body) {
        try {
            return new SendPlan(SendForm.TEMPLATE, null, contentSid,
                    JSON.writeValueAsString(Map.of("1", oneLine(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Free-form inside the window; outside it the kind's template, else the default one; with
     * neither, no plan: the message cannot be sent.
     */
    static Optional<SendPlan> choose(boolean windowOpen, String kind, String body, TwilioSettings settings) {
        if (windowOpen) {
            return Optional.of(freeform(body));
        }
        return settings.templateFor(kind).map(sid -> template(sid, body));
    }

    static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s*\\R\\s*", " · ").replaceAll("[\\t ]{2,}", " ");
        return flat.length() <= MAX_VARIABLE_LENGTH ? flat : flat.substring(0, MAX_VARIABLE_LENGTH - 1) + "…";
    }
}
