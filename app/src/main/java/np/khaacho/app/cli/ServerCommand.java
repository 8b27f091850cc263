package np.khaacho.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A command that starts the server: its port and address options, Spring's settings, and the profiles of its mode. */
abstract class ServerCommand implements Callable<Integer> {

    private final Cli cli;
    private final String[] profiles;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    ServerOptions server;

    @Unmatched
    List<String> settings = new ArrayList<>();

    ServerCommand(Cli cli, String... profiles) {
        this.cli = cli;
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        return cli.startServer(server.withSettings(spec, settings), profiles);
    }
}
