package np.khaacho.app.cli;

/**
 * What the command-line tests give {@link Cli} to start instead of the application: were a command
 * line to start a server by mistake, this one fails at once (no web server factory) and touches no
 * database.
 */
public final class NoServer {

    private NoServer() {
    }
}
