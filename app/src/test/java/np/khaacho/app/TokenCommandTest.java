package np.khaacho.app;

import np.khaacho.app.security.TokenCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator command that prints a token: alone on stdout, signed with the application's key. */
class TokenCommandTest extends IntegrationTest {

    private static final List<String> PROPERTIES = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "khaacho.security.key-file");

    @Autowired
    private JwtDecoder decoder;

    @BeforeEach
    void pointTheCommandAtTheTestDatabase() {
        System.setProperty("spring.datasource.url", TestDatabase.url());
        System.setProperty("spring.datasource.username", TestDatabase.USER);
        System.setProperty("spring.datasource.password", TestDatabase.PASSWORD);
        System.setProperty("khaacho.security.key-file", "target/test-keys/jwt-signing-key.pem");
    }

    @AfterEach
    void forgetProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void printsASignedTokenForTheUserWithThatPhoneAndNothingElse() {
        Output output = run("--phone", ADMIN_PHONE);
        assertThat(output.exitCode()).as(output.stderr()).isZero();
        String[] lines = output.stdout().strip().split("\n");
        assertThat(lines).hasSize(1);

        Jwt jwt = decoder.decode(lines[0]);
        assertThat(jwt.getSubject()).isEqualTo(userId(ADMIN_PHONE));
        assertThat(jwt.getClaimAsString("role")).isEqualTo("ADMIN");
        assertThat(jwt.getClaimAsString("phone")).isEqualTo(ADMIN_PHONE);

        var credit = new Api(port, json, lines[0]).put("/v1/buyers/" + userId(BUYER_KTM_PHONE) + "/credit",
                Map.of("creditLimit", BUYER_KTM_CREDIT_LIMIT, "paymentTerms", "NET15"));
        assertThat(credit.status()).as(credit.toString()).isEqualTo(200);
    }

    @Test
    void failsWithAMessageForAnUnknownPhoneOrMissingArgument() {
        Output unknown = run("--phone", "+9779999999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stdout()).isEmpty();
        assertThat(unknown.stderr()).contains("no user has the phone");

        Output usage = run();
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).contains("usage");
    }

    private static Output run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = TokenCommand.run(args);
            return new Output(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Output(int exitCode, String stdout, String stderr) {
    }
}
