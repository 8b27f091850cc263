package np.khaacho.app;

import np.khaacho.app.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/** Khaacho in one JVM: the command side, the query side and the sagas over one PostgreSQL. */
@SpringBootApplication(scanBasePackages = "np.khaacho")
public class KhaachoApplication {

    public static void main(String[] args) {
        if (args.length > 0 && TokenCommand.NAME.equals(args[0])) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(KhaachoApplication.class, args);
    }
}
