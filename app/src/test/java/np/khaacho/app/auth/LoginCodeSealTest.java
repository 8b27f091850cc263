package np.khaacho.app.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginCodeSealTest {

    private final LoginCodeSeal seal = new LoginCodeSeal("a server secret of some length".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSealedCodeOpensForItsMessageOnlyAndNeverShowsItsDigits() {
        String sealed = seal.seal("482913", "+9779841100201", "login-code:1");
        assertThat(sealed).startsWith("v1.").doesNotContain("482913");
        assertThat(seal.seal("482913", "+9779841100201", "login-code:1")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(seal.open(sealed, "+9779841100201", "login-code:1")).isEqualTo("482913");

        assertThatThrownBy(() -> seal.open(sealed, "+9779841100202", "login-code:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> seal.open(sealed, "+9779841100201", "login-code:2"))
                .isInstanceOf(IllegalArgumentException.class);
        LoginCodeSeal otherKey = new LoginCodeSeal("another server secret".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> otherKey.open(sealed, "+9779841100201", "login-code:1"))
                .isInstanceOf(IllegalArgumentException.class);
        for (String broken : new String[]{null, "", "482913", "v1.", "v1.!!!", sealed.substring(0, sealed.length() - 2)}) {
            assertThatThrownBy(() -> seal.open(broken, "+9779841100201", "login-code:1"))
                    .as(String.valueOf(broken)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
