package np.khaacho.app.auth;

import np.khaacho.app.security.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {

    private static final String PHONE = "+9779841100201";

    @Test
    void codesAreSixDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = Secrets.newCode();
            assertThat(code).matches("\\d{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void aCodeMatchesOnlyItsOwnHashUnderTheSameKey() {
        Secrets secrets = Secrets.keyedBy("a-secret-of-enough-length", null);
        UUID codeId = UUID.randomUUID();
        byte[] hash = secrets.codeHash(codeId, PHONE, "123456");

        assertThat(hash).hasSize(32);
        assertThat(secrets.codeMatches(hash, codeId, PHONE, "123456")).isTrue();
        assertThat(secrets.codeMatches(hash, codeId, PHONE, "123457")).isFalse();
        assertThat(secrets.codeMatches(hash, UUID.randomUUID(), PHONE, "123456")).isFalse();
        assertThat(secrets.codeMatches(hash, codeId, "+9779841100202", "123456")).isFalse();
        assertThat(Secrets.keyedBy("another-secret-of-enough-length", null).codeMatches(hash, codeId, PHONE, "123456"))
                .isFalse();
    }

    @Test
    void withoutASecretTheKeyComesFromTheJwtSigningKey(@TempDir Path dir) {
        JwtKeys keys = JwtKeys.load("", "", dir.resolve("key.pem"));
        UUID codeId = UUID.randomUUID();
        byte[] hash = Secrets.keyedBy("", keys).codeHash(codeId, PHONE, "123456");

        assertThat(Secrets.keyedBy(null, keys).codeMatches(hash, codeId, PHONE, "123456")).isTrue();
        assertThat(Secrets.keyedBy(null, JwtKeys.load("", "", dir.resolve("other.pem")))
                .codeMatches(hash, codeId, PHONE, "123456")).isFalse();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> Secrets.keyedBy("short", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refreshTokensAreLongAndRandom() {
        String token = Secrets.newRefreshToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Secrets.newRefreshToken()).isNotEqualTo(token);
        assertThat(Secrets.refreshTokenHash(token)).hasSize(32).isEqualTo(Secrets.refreshTokenHash(token));
    }
}
