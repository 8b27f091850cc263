package np.khaacho.app.ops;

import np.khaacho.app.cli.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules a user imports into Prometheus (ops/prometheus/alerts.yml) are valid, and each fires on
 * the recorded series it watches for and stays quiet on the others (ops/prometheus/alerts-test.yml), as
 * promtool evaluates them. promtool comes with Debian's prometheus package, which .ci/run installs.
 */
class AlertRulesTest {

    private final Path rules = ProjectFiles.find("ops/prometheus");

    @Test
    void theRulesAreValid() throws Exception {
        Run check = promtool("check", "rules", "alerts.yml");
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 6 rules found");
    }

    @Test
    void everyAlertFiresOnTheSeriesItWatchesForAndOnlyThen() throws Exception {
        Run test = promtool("test", "rules", "alerts-test.yml");
        assertThat(test.exit()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasItsCases() throws Exception {
        String alerts = java.nio.file.Files.readString(rules.resolve("alerts.yml"));
        String cases = java.nio.file.Files.readString(rules.resolve("alerts-test.yml"));
        List<String> names = java.util.regex.Pattern.compile("- alert: (\\w+)").matcher(alerts).results()
                .map(match -> match.group(1)).toList();
        assertThat(names).hasSize(6);
        for (String name : names) {
            assertThat(cases).as("cases of " + name).contains("alertname: " + name);
        }
    }

    private Run promtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(rules.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("promtool is not installed (Debian: apt-get install prometheus)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {
    }
}
