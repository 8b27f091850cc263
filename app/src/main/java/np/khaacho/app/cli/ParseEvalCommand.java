package np.khaacho.app.cli;

import np.khaacho.command.parsing.rules.RuleOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar parse-eval [--catalog catalog.csv] cases.jsonl}: scores the rule parser
 * on labelled messages, printing each message it misread, then one summary line.
 */
@Command(name = ParseEvalCommand.NAME,
        header = "Scores the rule parser on labelled messages.",
        description = "Reads JSON lines with \"expected\" answers, prints each message the parser misread, "
                + "then one summary line.")
final class ParseEvalCommand implements Callable<Integer> {

    static final String NAME = "parse-eval";

    private final Console console;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    CatalogOption catalog;

    @Parameters(paramLabel = "CASES", description = "the file of labelled messages, e.g. data/parsing/dev.jsonl")
    Path casesFile;

    ParseEvalCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintStream out = console.out();
        RuleOrderParser parser = catalog.parser();
        try (BufferedReader cases = Files.newBufferedReader(casesFile, StandardCharsets.UTF_8)) {
            ParseEvaluation.Score score = ParseEvaluation.run(parser, cases, out);
            out.println(score.summary());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            console.err().println("cannot score " + casesFile + ": " + e.getMessage());
            return 1;
        }
    }
}
