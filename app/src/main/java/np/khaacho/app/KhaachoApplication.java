package np.khaacho.app;

import np.khaacho.app.cli.Cli;
import np.khaacho.app.cli.Console;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Khaacho in one JVM: the command side, the query side and the sagas over one PostgreSQL. */
@SpringBootApplication(scanBasePackages = "np.khaacho")
public class KhaachoApplication {

    /** The jar's command line ({@link Cli}): without a command, the server in production mode. */
    public static void main(String[] args) {
        Cli cli = new Cli(Console.system(), KhaachoApplication.class);
        int exitCode = cli.execute(args);
        if (!cli.serverStarted()) {
            System.exit(exitCode);
        }
    }
}
