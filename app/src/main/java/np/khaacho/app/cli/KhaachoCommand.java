package np.khaacho.app.cli;

import picocli.CommandLine.Command;

/** The jar itself: without a command, the production server ({@code serve}). */
@Command(name = Cli.JAR,
        header = "Khaacho: WhatsApp ordering for wholesalers and shopkeepers.",
        description = "Without a command, starts the server in production mode, as 'serve' does.",
        footer = {"", "Settings for Spring go after the command as --name=value, e.g. --server.port=9090.",
                "Each command has its own help: " + Cli.JAR + " <command> --help"})
final class KhaachoCommand extends ServerCommand {

    KhaachoCommand(Cli cli) {
        super(cli, ServeCommand.PROFILE);
    }
}
