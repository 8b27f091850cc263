package np.khaacho.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.parsing.rules.RuleOrderParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code java -jar khaacho.jar parse-bench [--seconds N] [--warmup N] [--data data/parsing]}: how many
 * messages per second the rule parser reads on one thread, over the labelled dev and held-out texts,
 * after a warm-up. Run it pinned to one core ({@code bench/parse-bench.sh}).
 */
public final class ParseBenchCommand {

    public static final String NAME = "parse-bench";
    private static final List<String> FILES = List.of("dev.jsonl", "holdout.jsonl", "images.jsonl");

    private ParseBenchCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args, Set.of("seconds", "warmup", "data", "catalog"));
            double seconds = Double.parseDouble(options.values.getOrDefault("seconds", "10"));
            double warmup = Double.parseDouble(options.values.getOrDefault("warmup", "3"));
            List<String> texts = texts(Path.of(options.values.getOrDefault("data", "data/parsing")));
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no messages found under " + options.values.getOrDefault("data", "data/parsing"));
            }
            long built = System.nanoTime();
            RuleOrderParser parser = new RuleOrderParser(Catalogs.load(options.get("catalog")));
            double buildMillis = (System.nanoTime() - built) / 1e6;
            loop(parser, texts, warmup);
            long[] measured = loop(parser, texts, seconds);
            double elapsed = measured[1] / 1e9;
            out.printf(Locale.ROOT, "parse-bench: messages=%d seconds=%.1f msgs_per_sec=%.0f texts=%d index_build_ms=%.1f cores_available=%d%n",
                    measured[0], elapsed, measured[0] / elapsed, texts.size(), buildMillis,
                    Runtime.getRuntime().availableProcessors());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("usage: java -jar khaacho.jar parse-bench [--seconds 10] [--warmup 3] [--data data/parsing] [--catalog catalog.csv]");
            err.println(e.getMessage());
            return 2;
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
