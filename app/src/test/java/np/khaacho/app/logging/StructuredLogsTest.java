package np.khaacho.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production's log line, as application.yml configures it: one JSON object in Elastic Common Schema, with
 * the work's correlation and order id from the MDC at its top level, and no phone number readable in the
 * message, the stack trace or the MDC.
 */
class StructuredLogsTest {

    @Test
    void aLineIsOneJsonObjectWithTheWorksIdsAndNoPhoneNumber() throws Exception {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment()
                .withProperty("logging.structured.json.customizer", MaskingJsonCustomizer.class.getName())
                .withProperty("logging.structured.ecs.service.name", "khaacho"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        Logger logger = context.getLogger("np.khaacho.saga.whatsapp.RelayMetrics");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "outbox message {} to {} FAILED", new IllegalStateException("Twilio refused +9779841100201"),
                new Object[] {42, "+9779841100201"});
        event.setMDCPropertyMap(Map.of(LogContext.CORRELATION_ID, "SM0123456789abcdef0123456789abcdef",
                LogContext.ORDER_ID, "order-55555555-5555-5555-5555-555555555555",
                "replyTo", "whatsapp:+9779841100201"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("@timestamp").asText()).isNotBlank();
        assertThat(json.get("log").get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("service").get("name").asText()).isEqualTo("khaacho");
        assertThat(json.get("message").asText()).isEqualTo("outbox message 42 to +97798******01 FAILED");
        assertThat(json.get(LogContext.CORRELATION_ID).asText()).isEqualTo("SM0123456789abcdef0123456789abcdef");
        assertThat(json.get(LogContext.ORDER_ID).asText()).isEqualTo("order-55555555-5555-5555-5555-555555555555");
        assertThat(json.get("replyTo").asText()).isEqualTo("whatsapp:+97798******01");
        assertThat(json.get("error").get("stack_trace").asText()).contains("Twilio refused +97798******01");
        assertThat(line).doesNotContain("9841100201");
        encoder.stop();
    }
}
