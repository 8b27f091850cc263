package np.khaacho.app.logging;

import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboundMessage;
import np.khaacho.saga.notification.OutboundMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The running application's log lines carry no phone number whole. */
@ExtendWith(OutputCaptureExtension.class)
class PhoneMaskingInLogsTest extends IntegrationTest {

    @Autowired
    private OutboundMessages outbound;

    @AfterEach
    void twilioWorksAgain() {
        TWILIO.stopFailing();
    }

    @Test
    void aMessageThatFailsIsLoggedWithTheRecipientsPhoneMasked(CapturedOutput output) {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String phone = "+97797" + digits;
        TWILIO.failNextTo(phone, 5, 400, 21211);

        String key = "masking-test-" + UUID.randomUUID();
        outbound.send(new OutboundMessage(key, "lead:" + phone, phone, "en", NotificationKind.REPLY,
                "To a number that is not one", null, null));
        long id = jdbc.queryForObject("SELECT id FROM messaging.outbox WHERE dedup_key = ?", Long.class, key);

        String failed = "outbox message " + id + " (REPLY) to ";
        Eventually.waitUntil("the failure logged", () -> output.getOut().contains(failed));
        String line = output.getOut().lines().filter(l -> l.contains(failed)).findFirst().orElseThrow();
        assertThat(line).contains(failed + "+97797******" + digits.substring(6) + " FAILED");
        assertThat(output.getAll()).doesNotContain(phone.substring(1));
    }
}
