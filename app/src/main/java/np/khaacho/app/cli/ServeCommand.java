package np.khaacho.app.cli;

import picocli.CommandLine.Command;

/** {@code serve}: the server in production mode, the same as the jar without a command. */
@Command(name = "serve",
        header = "Starts the server in production mode (the default).",
        description = "No demo data, no WhatsApp simulator, webhooks only when signed with TWILIO_AUTH_TOKEN "
                + "(without it every webhook call is refused). The first admin comes from 'admin add'.",
        footer = {"", "Other settings for Spring as --name=value, e.g. --spring.datasource.url=jdbc:postgresql://…"})
final class ServeCommand extends ServerCommand {

    /** The profile of production mode: its logs are JSON lines (logback-spring.xml). */
    static final String PROFILE = "production";

    ServeCommand(Cli cli) {
        super(cli, ServeCommand.PROFILE);
    }
}
