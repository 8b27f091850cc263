package np.khaacho.app.cli;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator command that prints a token: alone on stdout, signed with the application's key, said
 * on stderr whom it was for (phone masked), and recorded on the user's account as an event naming the
 * operator (the token's id and expiry, never the token).
 */
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
    void saysWhomItMintedForAndRecordsItAsAnEventNamingTheOperatorWithoutTheToken() {
        Output output = run("--phone", AUDITOR_PHONE);
        assertThat(output.exitCode()).as(output.stderr()).isZero();
        String token = output.stdout().strip();
        Jwt jwt = decoder.decode(token);
        String auditor = userId(AUDITOR_PHONE);
        String operator = "operator:" + System.getProperty("user.name");

        assertThat(output.stderr()).contains(operator, auditor, "AUDITOR", "+97798******02", jwt.getId())
                .doesNotContain(AUDITOR_PHONE).doesNotContain(token);

        var events = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND payloadtype = 'np.khaacho.kernel.party.OperatorTokenIssued'""", auditor);
        assertThat(events).hasSize(1);
        assertThat((String) events.get(0).get("payload")).contains("\"tokenId\":\"" + jwt.getId() + "\"",
                "\"expiresAt\":\"" + jwt.getExpiresAt() + "\"");
        assertThat((String) events.get(0).get("metadata")).contains("\"userId\":\"" + operator + "\"",
                "\"role\":\"SYSTEM\"", "\"channel\":\"CLI\"");
        Long holdingTheToken = jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE position(convert_to(?, 'UTF8') IN payload) > 0 OR position(convert_to(?, 'UTF8') IN metadata) > 0""",
                Long.class, token, token);
        assertThat(holdingTheToken).isZero();
    }

    @Test
    void failsWithAMessageForAnUnknownPhoneOrMissingArgument() {
        long events = eventCount();
        Output unknown = run("--phone", "+9779999999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stdout()).isEmpty();
        assertThat(unknown.stderr()).contains("no user has the phone");
        assertThat(eventCount()).as("nothing recorded for a token never made").isEqualTo(events);

        Output usage = run();
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).contains("usage");
    }

    /** {@code token <args>} through the jar's command line, in this JVM, on the suite's database. */
    private static Output run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        String[] command = new String[args.length + 1];
        command[0] = "token";
        System.arraycopy(args, 0, command, 1, args.length);
        int code = new Cli(console, NoServer.class).execute(command);
        return new Output(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private record Output(int exitCode, String stdout, String stderr) {
    }
}
