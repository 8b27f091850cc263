package np.khaacho.app;

import np.khaacho.app.cli.Cli;
import np.khaacho.app.cli.Console;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Khaacho in one JVM: the command side, the query side and the sagas over one PostgreSQL. JPA is for
 * the query side's reads; Axon's JPA auto-configurations, which a JPA persistence unit would wake
 * (JPA token, saga and dead-letter stores, a JPA event store), stay off: Axon keeps its JDBC stores
 * ({@link np.khaacho.app.axon.AxonStoreConfiguration}).
 */
@SpringBootApplication(scanBasePackages = "np.khaacho",
        exclude = {JpaAutoConfiguration.class, JpaEventStoreAutoConfiguration.class})
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
