package np.khaacho.app.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule parser on the labelled development messages reaches its targets. */
class ParseEvalOnDevSetTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "parse-eval: n=(\\d+) intent_acc=([0-9.]+) item_precision=([0-9.]+) item_recall=([0-9.]+) item_f1=([0-9.]+) exact=([0-9.]+)");

    @Test
    void readsTheDevelopmentMessagesWellEnough() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new Cli(console, NoServer.class)
                .execute("parse-eval", ProjectFiles.find("data/parsing/dev.jsonl").toString());
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.print(output);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String summary = output.lines().reduce((first, second) -> second).orElseThrow();
        Matcher figures = SUMMARY.matcher(summary);
        assertThat(figures.matches()).as(summary).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).isEqualTo(80);
        assertThat(Double.parseDouble(figures.group(2))).as("intent accuracy").isGreaterThanOrEqualTo(0.97);
        assertThat(Double.parseDouble(figures.group(5))).as("item F1").isGreaterThanOrEqualTo(0.95);
    }
}
