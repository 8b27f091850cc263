package np.khaacho.app.cli;

import np.khaacho.app.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The jar's command line ({@code java -jar khaacho.jar [command] …}): without a command it starts
 * the server in production mode; {@code --help} lists the commands, each with its own help. A
 * mistyped command or option is refused with exit code 2 and starts nothing.
 */
public final class Cli {

    public static final String JAR = "java -jar khaacho.jar";

    private final Console console;
    private final Class<?> application;
    private ConfigurableApplicationContext server;

    /** @param application the Spring Boot application the server commands start */
    public Cli(Console console, Class<?> application) {
        this.console = console;
        this.application = application;
    }

    /** Runs the command the arguments name; the exit code it ends with (0 once a server has started). */
    public int execute(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true);
        CommandLine line = commandLine();
        line.setOut(out);
        line.setErr(err);
        line.setExecutionStrategy(new CommandLine.RunLast() {
            @Override
            public int execute(CommandLine.ParseResult parseResult) {
                refuseServerSettingsBeforeACommand(parseResult);
                return super.execute(parseResult);
            }
        });
        line.setExecutionExceptionHandler((exception, command, parseResult) -> {
            // a failure (a server's start has logged its cause already): one line, with the deepest cause
            Throwable cause = exception;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            command.getErr().println(command.getCommandName() + " failed: " + exception.getMessage()
                    + (cause == exception ? "" : " (" + cause.getMessage() + ")"));
            return CommandLine.ExitCode.SOFTWARE;
        });
        try {
            return line.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Whether a command started the server (which then runs until it is stopped). */
    public boolean serverStarted() {
        return server != null;
    }

    private CommandLine commandLine() {
        CommandLine line = new CommandLine(new KhaachoCommand(this));
        line.addSubcommand(new ServeCommand(this));
        line.addSubcommand(new DemoCommand(this));
        line.addSubcommand(new TokenCommand(console));
        line.addSubcommand(new AdminCommand(console));
        line.addSubcommand(new ParseCommand(console));
        line.addSubcommand(new ParseEvalCommand(console));
        line.addSubcommand(new ParseBenchCommand(console));
        line.addSubcommand(new WebPushKeysCommand(console));
        line.addSubcommand(new CommandLine.HelpCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setUsageHelpWidth(100);
        line.setParameterExceptionHandler(Cli::refuse);
        lowerCaseUsage(line);
        return line;
    }

    /** A mistyped command line: what is wrong, the synopsis and where the help is; exit code 2. */
    private static int refuse(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
        err.print(command.getHelp().fullSynopsis());
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** "usage: java -jar khaacho.jar parse …", as the commands have always said it. */
    private static void lowerCaseUsage(CommandLine line) {
        line.getCommandSpec().usageMessage().synopsisHeading("%nusage: ").descriptionHeading("%n")
                .optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n");
        line.getSubcommands().values().forEach(Cli::lowerCaseUsage);
    }

    /** {@code --port 1 demo}: the options before the command would be dropped; say so instead. */
    private static void refuseServerSettingsBeforeACommand(CommandLine.ParseResult parseResult) {
        if (!parseResult.hasSubcommand()) {
            return;
        }
        if (!parseResult.matchedOptions().isEmpty() || !parseResult.unmatched().isEmpty()) {
            throw new CommandLine.ParameterException(parseResult.commandSpec().commandLine(),
                    "options go after the command, e.g. " + JAR + " demo --port 9090");
        }
    }

    /** Starts the server with these Spring settings and profiles; it keeps running after this returns. */
    int startServer(List<String> settings, String... profiles) {
        SpringApplication app = new SpringApplication(application);
        app.setAdditionalProfiles(profiles);
        server = app.run(settings.toArray(String[]::new));
        return CommandLine.ExitCode.OK;
    }
}
