package np.khaacho.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Where the server listens, as options of the commands that start it. */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "the HTTP port (default: PORT, else 8080)")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "the address to listen on (default: all interfaces; the demo: 127.0.0.1)")
    String bind;

    /** These options as Spring settings, after the ones given as {@code --name=value}. */
    List<String> withSettings(CommandSpec spec, List<String> settings) {
        List<String> all = new ArrayList<>(SpringArguments.checked(spec, settings));
        if (port != null) {
            refuseBoth(spec, settings, "server.port", "--port");
            all.add("--server.port=" + port);
        }
        if (bind != null) {
            refuseBoth(spec, settings, "server.address", "--bind");
            all.add("--server.address=" + bind);
        }
        return all;
    }

    private static void refuseBoth(CommandSpec spec, List<String> settings, String property, String option) {
        if (SpringArguments.names(settings, property)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give " + option + " or --" + property + "=…, not both");
        }
    }
}
