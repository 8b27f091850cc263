package np.khaacho.app.cli;

import np.khaacho.saga.webpush.VapidKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's command line in-process: every command has its own help, and a mistyped command line is
 * refused (exit code 2) before anything starts ({@link NoServer} stands in for the server).
 */
class CommandLineHelpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new Console(InputStream.nullInputStream(),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
            NoServer.class);

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(stdout()).contains("usage: java -jar khaacho.jar")
                .contains("serve", "demo", "token", "admin", "parse", "parse-eval", "parse-bench", "web-push-keys");
        assertThat(cli.serverStarted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "demo", "token", "admin", "parse", "parse-eval", "parse-bench", "web-push-keys"})
    void everyCommandHasItsOwnHelp(String command) {
        assertThat(cli.execute(command, "--help")).as(stderr()).isZero();
        assertThat(stdout()).contains("usage: java -jar khaacho.jar " + command + " ");
        assertThat(cli.serverStarted()).isFalse();
    }

    @Test
    void adminAddHasItsOwnHelpNamingItsOptions() {
        assertThat(cli.execute("admin", "add", "--help")).isZero();
        assertThat(stdout()).contains("usage: java -jar khaacho.jar admin add ", "--phone", "--name", "--role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--halp", "-x", "--server.port", "--port=notanumber"})
    void refusesAMistypedCommandOrOptionWithoutStartingAnything(String argument) {
        assertThat(cli.execute(argument)).isEqualTo(2);
        assertThat(stderr()).contains("usage: java -jar khaacho.jar").contains("--help");
        assertThat(stdout()).isEmpty();
        assertThat(cli.serverStarted()).isFalse();
    }

    @Test
    void webPushKeysPrintsAPairTheServerReadsBack() {
        assertThat(cli.execute("web-push-keys")).as(stderr()).isZero();
        Map<String, String> lines = new HashMap<>();
        stdout().lines().map(line -> line.split("=", 2)).forEach(kv -> lines.put(kv[0], kv[1]));
        assertThat(lines).containsOnlyKeys("KHAACHO_WEB_PUSH_PUBLIC_KEY", "KHAACHO_WEB_PUSH_PRIVATE_KEY");
        VapidKeys keys = VapidKeys.of(lines.get("KHAACHO_WEB_PUSH_PUBLIC_KEY"),
                lines.get("KHAACHO_WEB_PUSH_PRIVATE_KEY"));
        assertThat(keys.publicKey()).isEqualTo(lines.get("KHAACHO_WEB_PUSH_PUBLIC_KEY")).hasSize(87);
        assertThat(cli.serverStarted()).isFalse();
    }

    @Test
    void refusesUnknownOptionsOfACommand() {
        assertThat(cli.execute("demo", "--prot", "9090")).isEqualTo(2);
        assertThat(stderr()).contains("'--prot'");
        assertThat(cli.execute("admin", "add", "--phone", "9800000001", "--name", "Sita", "--colour=blue")).isEqualTo(2);
        assertThat(cli.execute("token", "--phone", "+9779800000001", "extra")).isEqualTo(2);
        assertThat(cli.serverStarted()).isFalse();
    }

    @Test
    void refusesOptionsThatWouldBeDroppedBeforeACommand() {
        assertThat(cli.execute("--port", "9090", "demo")).isEqualTo(2);
        assertThat(stderr()).contains("options go after the command");
        assertThat(cli.execute("--server.port=9090", "token", "--phone", "+9779800000001")).isEqualTo(2);
        assertThat(cli.serverStarted()).isFalse();
    }

    @Test
    void refusesAnAdminThatIsNotStaffOrABadPhoneBeforeTouchingTheDatabase() {
        assertThat(cli.execute("admin", "add", "--phone", "12345", "--name", "Sita")).isEqualTo(2);
        assertThat(stderr()).contains("neither a Nepali mobile number nor an E.164 number");
        assertThat(cli.execute("admin", "add", "--phone", "9800000001", "--name", "Sita", "--role", "BUYER"))
                .isEqualTo(2);
        assertThat(stderr()).contains("--role must be ADMIN or AUDITOR");
    }

    @Test
    void aPortGivenBothWaysIsRefused() {
        assertThat(cli.execute("serve", "--port", "9090", "--server.port=8080")).isEqualTo(2);
        assertThat(stderr()).contains("not both");
        assertThat(cli.serverStarted()).isFalse();
    }
}
