package np.khaacho.app.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginCodeMessageTest {

    @Test
    void englishUnlessTheUserReadsNepali() {
        assertThat(LoginCodeMessage.language("ne")).isEqualTo("ne");
        assertThat(LoginCodeMessage.language("ne-NP")).isEqualTo("ne");
        assertThat(LoginCodeMessage.language("en")).isEqualTo("en");
        assertThat(LoginCodeMessage.language(null)).isEqualTo("en");
    }

    @Test
    void theCodeComesFirstAndTheLifetimeIsSaid() {
        assertThat(LoginCodeMessage.body("en", "042917", Duration.ofMinutes(5)))
                .isEqualTo("042917 is your Khaacho login code. It is valid for 5 minutes. Never share it with anyone.");
        assertThat(LoginCodeMessage.body("en", "042917", Duration.ofSeconds(30))).contains("valid for 1 minute.");
        assertThat(LoginCodeMessage.body("ne", "042917", Duration.ofMinutes(15)))
                .isEqualTo("042917 तपाईंको खाचो लगइन कोड हो। यो १५ मिनेटसम्म मात्र चल्छ। यो कोड कसैलाई नदिनुहोस्।");
    }
}
