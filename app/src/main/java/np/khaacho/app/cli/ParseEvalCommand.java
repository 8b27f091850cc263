package np.khaacho.app.cli;

import np.khaacho.command.parsing.JdbcParsingCatalog;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar parse-eval [--catalog catalog.csv] cases.jsonl}: scores the rule parser
 * on labelled messages, printing each message it misread, then one summary line.
 * {@code parse-eval --replay [--limit N]}: reads the past WhatsApp messages in the database again (each with its
 * buyer's own words as they are now) and
 * prints each one the parser as it is now would read otherwise ({@link ParseReplay}), against the live
 * catalog unless {@code --catalog} names one.
 */
@Command(name = ParseEvalCommand.NAME,
        header = "Scores the rule parser on labelled messages, or replays past messages through it.",
        description = "Reads JSON lines with \"expected\" answers, prints each message the parser misread, "
                + "then one summary line. With --replay, reads the newest past WhatsApp messages from the "
                + "database (DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD as for the server) and prints each "
                + "one the parser would now read otherwise; nothing is written.")
final class ParseEvalCommand implements Callable<Integer> {

    static final String NAME = "parse-eval";

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    CatalogOption catalog;

    @Parameters(paramLabel = "CASES", arity = "0..1",
            description = "the file of labelled messages, e.g. data/parsing/dev.jsonl")
    Path casesFile;

    @Option(names = "--replay", description = "replay past WhatsApp messages from the database instead")
    boolean replay;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "with --replay: the newest N messages (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            defaultValue = "${env:DATABASE_URL:-jdbc:postgresql://localhost:5432/postgres}",
            description = "with --replay: the database (default: DATABASE_URL, else the local postgres)")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "${env:DATABASE_USER:-postgres}",
            description = "with --replay: its user (default: DATABASE_USER, else postgres)")
    String databaseUser;

    ParseEvalCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (replay) {
            return replay();
        }
        if (casesFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name the file of labelled messages (CASES), or --replay");
        }
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

    private Integer replay() {
        PrintStream out = console.out();
        String password = System.getenv().getOrDefault("DATABASE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(databaseUrl, databaseUser, password)) {
            RuleOrderParser parser = catalog.given() ? catalog.parser() : new RuleOrderParser(
                    new JdbcParsingCatalog(new JdbcTemplate(new SingleConnectionDataSource(connection, true))).entries());
            ParseReplay.Changes changes = ParseReplay.run(parser, connection, limit, out);
            out.println(changes.summary());
            out.flush();
            return 0;
        } catch (SQLException | IOException | RuntimeException e) {
            console.err().println("cannot replay the past messages of " + databaseUrl + ": " + e.getMessage());
            return 1;
        }
    }
}
