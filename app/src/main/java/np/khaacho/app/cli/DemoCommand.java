package np.khaacho.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code demo}: the server with the demo profile, for a local try-out. */
@Command(name = "demo",
        header = "Starts the server in demo mode: a local try-out, never for real use.",
        description = "Loads the demo data, opens the WhatsApp simulator to anyone who reaches it, accepts "
                + "unsigned webhooks when TWILIO_AUTH_TOKEN is not set, and listens on 127.0.0.1 "
                + "(SERVER_ADDRESS or --bind to change it).",
        footer = {"", "Other settings for Spring as --name=value, e.g. --spring.datasource.url=jdbc:postgresql://…"})
final class DemoCommand implements Callable<Integer> {

    static final String PROFILE = "demo";

    private final Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    ServerOptions server;

    @Unmatched
    List<String> settings = new ArrayList<>();

    DemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return cli.startServer(server.withSettings(spec, settings), PROFILE);
    }
}
