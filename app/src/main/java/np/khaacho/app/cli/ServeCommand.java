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

/** {@code serve}: the server in production mode, the same as the jar without a command. */
@Command(name = "serve",
        header = "Starts the server in production mode (the default).",
        description = "No demo data, no WhatsApp simulator, webhooks only when signed with TWILIO_AUTH_TOKEN "
                + "(without it every webhook call is refused). The first admin comes from 'admin add'.",
        footer = {"", "Other settings for Spring as --name=value, e.g. --spring.datasource.url=jdbc:postgresql://…"})
final class ServeCommand implements Callable<Integer> {

    private final Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    ServerOptions server;

    @Unmatched
    List<String> settings = new ArrayList<>();

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return cli.startServer(server.withSettings(spec, settings));
    }
}
