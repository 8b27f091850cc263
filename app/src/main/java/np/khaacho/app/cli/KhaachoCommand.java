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

/** The jar itself: without a command, the production server ({@code serve}). */
@Command(name = Cli.JAR,
        header = "Khaacho: WhatsApp ordering for wholesalers and shopkeepers.",
        description = "Without a command, starts the server in production mode, as 'serve' does.",
        footer = {"", "Settings for Spring go after the command as --name=value, e.g. --server.port=9090.",
                "Each command has its own help: " + Cli.JAR + " <command> --help"})
final class KhaachoCommand implements Callable<Integer> {

    private final Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    ServerOptions server;

    @Unmatched
    List<String> settings = new ArrayList<>();

    KhaachoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return cli.startServer(server.withSettings(spec, settings));
    }
}
