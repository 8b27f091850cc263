package np.khaacho.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar parse-bench [--seconds N] [--warmup N] [--data data/parsing]}: how many
 * messages per second the rule parser reads on one thread, over the labelled dev and held-out texts,
 * after a warm-up. Run it pinned to one core ({@code bench/parse-bench.sh}).
 */
@Command(name = ParseBenchCommand.NAME,
        header = "Measures the rule parser's speed on one thread.",
        description = "How many messages per second the rule parser reads over the labelled texts, after a "
                + "warm-up. Run it pinned to one core (bench/parse-bench.sh).")
final class ParseBenchCommand implements Callable<Integer> {

    static final String NAME = "parse-bench";
    private static final List<String> FILES = List.of("dev.jsonl", "holdout.jsonl", "images.jsonl");

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10", description = "how long to measure (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "seconds of warm-up first (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/parsing",
            description = "where the labelled texts are (default: ${DEFAULT-VALUE})")
    Path data;

    @Mixin
    CatalogOption catalog;

    ParseBenchCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            List<String> texts = texts(data);
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no messages found under " + data);
            }
            long built = System.nanoTime();
            RuleOrderParser parser = catalog.parser();
            double buildMillis = (System.nanoTime() - built) / 1e6;
            loop(parser, texts, warmup);
            long[] measured = loop(parser, texts, seconds);
            double elapsed = measured[1] / 1e9;
            console.out().printf(Locale.ROOT, "parse-bench: messages=%d seconds=%.1f msgs_per_sec=%.0f texts=%d index_build_ms=%.1f cores_available=%d%n",
                    measured[0], elapsed, measured[0] / elapsed, texts.size(), buildMillis,
                    Runtime.getRuntime().availableProcessors());
            console.out().flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Parses the texts round and round for the given time; answers {messages, nanoseconds}. */
    private static long[] loop(RuleOrderParser parser, List<String> texts, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long messages = 0;
        int sink = 0;
        long now;
        do {
            for (String text : texts) {
                sink += parser.parse(text).items().size();
            }
            messages += texts.size();
            now = System.nanoTime();
        } while (now < deadline);
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable");
        }
        return new long[] {messages, now - start};
    }

    private static List<String> texts(Path directory) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : FILES) {
            Path path = directory.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode node = ParseCommand.JSON.readTree(line);
                        if (node.path("text").isTextual()) {
                            texts.add(node.get("text").asText());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
