package np.khaacho.saga.whatsapp;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class SendFailuresTest {

    private static ApiException answered(int status, int code) {
        return new ApiException("Twilio says no", code, null, status, null);
    }

    @Test
    void theNetworkTooManyRequestsAndServerErrorsMayPass() {
        assertThat(SendFailures.isTransient(answered(429, 20429))).isTrue();
        assertThat(SendFailures.isTransient(answered(500, 20500))).isTrue();
        assertThat(SendFailures.isTransient(answered(503, 20503))).isTrue();
        assertThat(SendFailures.isTransient(new ApiException("IOException during API request to Twilio",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(SendFailures.isTransient(new ApiConnectionException("Unable to connect to server"))).isTrue();
        assertThat(SendFailures.isTransient(new IllegalStateException(new IOException("reset")))).isTrue();
    }

    @Test
    void aRefusedMessageNeverWill() {
        assertThat(SendFailures.isTransient(answered(400, 21211))).isFalse();
        assertThat(SendFailures.isTransient(answered(400, 63016))).isFalse();
        assertThat(SendFailures.isTransient(answered(401, 20003))).isFalse();
        assertThat(SendFailures.isTransient(answered(404, 20404))).isFalse();
        assertThat(SendFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
    }

    @Test
    void theDescriptionNamesStatusAndTwilioCode() {
        assertThat(SendFailures.describe(answered(400, 21211)))
                .isEqualTo("Twilio answered 400 error 21211: Twilio says no");
        assertThat(SendFailures.describe(new ApiException("IOException during API request to Twilio",
                new ConnectException("Connection refused"))))
                .isEqualTo("IOException during API request to Twilio (ConnectException: Connection refused)");
    }
}
