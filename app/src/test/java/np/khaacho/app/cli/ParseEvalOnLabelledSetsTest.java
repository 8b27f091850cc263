package np.khaacho.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule parser reaches its targets (intent accuracy 0.99, item F1 0.98) on the labelled development
 * messages and on both held-out sets (each written before the rules were tuned on it).
 */
class ParseEvalOnLabelledSetsTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "parse-eval: n=(\\d+) intent_acc=([0-9.]+) item_precision=([0-9.]+) item_recall=([0-9.]+) item_f1=([0-9.]+) exact=([0-9.]+)");

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "holdout.jsonl", "holdout-buying.jsonl", "holdout-corrections.jsonl"})
    void readsTheLabelledMessagesWellEnough(String file) throws IOException {
        Path messages = ProjectFiles.find("data/parsing/" + file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new Cli(console, NoServer.class)
                .execute("parse-eval", messages.toString());
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.print(output);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String summary = output.lines().reduce((first, second) -> second).orElseThrow();
        Matcher figures = SUMMARY.matcher(summary);
        assertThat(figures.matches()).as(summary).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).as("every message read")
                .isEqualTo((int) Files.readAllLines(messages).stream().filter(line -> !line.isBlank()).count());
        assertThat(Double.parseDouble(figures.group(2))).as("intent accuracy").isGreaterThanOrEqualTo(0.99);
        assertThat(Double.parseDouble(figures.group(5))).as("item F1").isGreaterThanOrEqualTo(0.98);
    }
}
