package np.khaacho.app.cli;

import picocli.CommandLine.Command;

/** {@code demo}: the server with the demo profile, for a local try-out. */
@Command(name = "demo",
        header = "Starts the server in demo mode: a local try-out, never for real use.",
        description = "Loads the demo data, opens the WhatsApp simulator to anyone who reaches it, accepts "
                + "unsigned webhooks when TWILIO_AUTH_TOKEN is not set, and listens on 127.0.0.1 "
                + "(SERVER_ADDRESS or --bind to change it).",
        footer = {"", "Other settings for Spring as --name=value, e.g. --spring.datasource.url=jdbc:postgresql://…"})
final class DemoCommand extends ServerCommand {

    static final String PROFILE = "demo";

    DemoCommand(Cli cli) {
        super(cli, PROFILE);
    }
}
