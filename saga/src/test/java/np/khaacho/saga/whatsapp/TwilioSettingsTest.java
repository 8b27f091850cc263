package np.khaacho.saga.whatsapp;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSettingsTest {

    private static TwilioSettings settings(String sid, String token, String from, String callback) {
        return new TwilioSettings(sid, token, from, null, callback, null, null, null, null, null);
    }

    @Test
    void theRelayNeedsAccountSidTokenAndSender() {
        assertThat(settings("AC1", "t", "+14155238886", null).configured()).isTrue();
        assertThat(settings("AC1", "", "+14155238886", null).configured()).isFalse();
        assertThat(settings(null, "t", "+14155238886", null).configured()).isFalse();
        assertThat(settings("AC1", "t", " ", null).configured()).isFalse();
    }

    @Test
    void theSenderIsAWhatsAppAddressWrittenEitherWay() {
        assertThat(settings("AC1", "t", "+14155238886", null).whatsappSender()).isEqualTo("whatsapp:+14155238886");
        assertThat(settings("AC1", "t", "whatsapp:+14155238886", null).whatsappSender())
                .isEqualTo("whatsapp:+14155238886");
    }

    @Test
    void aStatusCallbackWithoutAPublicBaseUrlIsNotGivenToTwilio() {
        assertThat(settings("AC1", "t", "+1", "/v1/whatsapp/status").statusCallback()).isEmpty();
        assertThat(settings("AC1", "t", "+1", "").statusCallback()).isEmpty();
        assertThat(settings("AC1", "t", "+1", "https://khaacho.np/v1/whatsapp/status").statusCallback())
                .contains("https://khaacho.np/v1/whatsapp/status");
    }

    @Test
    void theWaitBetweenPassesDoublesUpToItsLimit() {
        TwilioSettings.Relay relay = new TwilioSettings.Relay(null, null, null, null, Duration.ofSeconds(10),
                Duration.ofSeconds(50), null);

        assertThat(relay.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(relay.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(relay.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(relay.backoffAfter(4)).isEqualTo(Duration.ofSeconds(50));
        assertThat(relay.backoffAfter(40)).isEqualTo(Duration.ofSeconds(50));
    }
}
