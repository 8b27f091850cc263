package np.khaacho.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers in log lines: masked wherever they stand, and nothing else touched. */
class PhoneMaskingTest {

    @Test
    void internationalNumbersKeepTheirCountryCodeTwoDigitsAndTheLastTwo() {
        assertThat(PhoneMasking.mask("to +9779841100201 FAILED")).isEqualTo("to +97798******01 FAILED");
        assertThat(PhoneMasking.mask("from whatsapp:+9779851012301.")).isEqualTo("from whatsapp:+97798******01.");
        assertThat(PhoneMasking.mask("From=whatsapp%3A%2B9779841100201&Body=hi"))
                .isEqualTo("From=whatsapp%3A%2B97798******01&Body=hi");
        assertThat(PhoneMasking.mask("sender whatsapp:+14155238886")).isEqualTo("sender whatsapp:+141******86");
        assertThat(PhoneMasking.mask("+447700900123,+919812345678"))
                .isEqualTo("+4477******23,+9198******78");
    }

    @Test
    void nepaliMobileNumbersWrittenWithoutThePlusAreMaskedWhenTheyStandAlone() {
        assertThat(PhoneMasking.mask("phone 9841100201 asked")).isEqualTo("phone 98******01 asked");
        assertThat(PhoneMasking.mask("{\"phone\":\"9779761234567\"}")).isEqualTo("{\"phone\":\"97797******67\"}");
        assertThat(PhoneMasking.mask("9841100201")).isEqualTo("98******01");
    }

    @Test
    void otherNumbersAreLeftAlone() {
        for (String text : new String[] {"order 123456 placed", "global index 98411002011", "SM9841100201abcdef",
                "took 1234567 ms", "amount 9841100.20", "id_9841100201", "+123", "2026-12-02T19:24:02.964Z",
                "the count is 12345678"}) {
            assertThat(PhoneMasking.mask(text)).as(text).isEqualTo(text);
        }
        assertThat(PhoneMasking.mask(null)).isNull();
    }

    @Test
    void theApplicationsLogConfigurationMasksMessagesAndStackTraces() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        // the readable lines as logback-spring.xml includes them for every start but production's
        configurator.doConfigure(new java.io.ByteArrayInputStream("""
                <configuration>
                    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>
                    <include resource="logback-text-console.xml"/>
                    <root level="INFO"><appender-ref ref="CONSOLE"/></root>
                </configuration>""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        var encoder = (LayoutWrappingEncoder<ILoggingEvent>) ((ConsoleAppender<ILoggingEvent>) root.getAppender("CONSOLE"))
                .getEncoder();
        Logger logger = context.getLogger("np.khaacho.saga.whatsapp.RelayMetrics");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "outbox message {} to {} FAILED", new IllegalStateException("Twilio refused +9779841100201"),
                new Object[] {42, "+9779841100201"});
        event.setMDCPropertyMap(Map.of("correlationId", "SM0123456789abcdef0123456789abcdef"));

        String line = encoder.getLayout().doLayout(event);

        assertThat(line).contains("outbox message 42 to +97798******01 FAILED")
                .contains("IllegalStateException: Twilio refused +97798******01")
                .contains("RelayMetrics").contains("WARN")
                .doesNotContain("9841100201");
        context.stop();
    }
}
