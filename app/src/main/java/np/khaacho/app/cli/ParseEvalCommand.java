package np.khaacho.app.cli;

import np.khaacho.command.parsing.rules.RuleOrderParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code java -jar khaacho.jar parse-eval [--catalog catalog.csv] cases.jsonl}: scores the rule parser
 * on labelled messages, printing each message it misread, then one summary line.
 */
public final class ParseEvalCommand {

    public static final String NAME = "parse-eval";

    private ParseEvalCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        RuleOrderParser parser;
        try {
            options = Options.parse(args, Set.of("catalog"));
            if (options.arguments.size() != 1) {
                throw new IllegalArgumentException("give one file of labelled messages");
            }
            parser = new RuleOrderParser(Catalogs.load(options.get("catalog")));
        } catch (IOException | IllegalArgumentException e) {
            err.println("usage: java -jar khaacho.jar parse-eval [--catalog catalog.csv] cases.jsonl");
            err.println(e.getMessage());
            return 2;
        }
        try (BufferedReader cases = Files.newBufferedReader(Path.of(options.arguments.get(0)), StandardCharsets.UTF_8)) {
            ParseEvaluation.Score score = ParseEvaluation.run(parser, cases, out);
            out.println(score.summary());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cannot score " + options.arguments.get(0) + ": " + e.getMessage());
            return 1;
        }
    }
}
