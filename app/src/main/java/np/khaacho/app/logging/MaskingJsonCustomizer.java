package np.khaacho.app.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The structured (JSON) log lines of production mask phone numbers in every text they hold, the message,
 * the stack trace and each MDC value alike ({@link PhoneMasking}), as the text lines of the demo do.
 */
public class MaskingJsonCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PhoneMasking::mask));
    }
}
