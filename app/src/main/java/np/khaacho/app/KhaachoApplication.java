package np.khaacho.app;

import np.khaacho.app.cli.ParseBenchCommand;
import np.khaacho.app.cli.ParseCommand;
import np.khaacho.app.cli.ParseEvalCommand;
import np.khaacho.app.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Khaacho in one JVM: the command side, the query side and the sagas over one PostgreSQL. */
@SpringBootApplication(scanBasePackages = "np.khaacho")
public class KhaachoApplication {

    public static void main(String[] args) {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case TokenCommand.NAME -> System.exit(TokenCommand.run(rest));
                case ParseCommand.NAME -> System.exit(ParseCommand.run(rest, new FileInputStream(FileDescriptor.in), utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
                case ParseEvalCommand.NAME -> System.exit(ParseEvalCommand.run(rest, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
                case ParseBenchCommand.NAME -> System.exit(ParseBenchCommand.run(rest, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
                default -> {
                    // not a sub-command: Spring's own arguments
                }
            }
        }
        SpringApplication.run(KhaachoApplication.class, args);
    }

    /** The offline commands print Nepali text whatever the platform's default encoding. */
    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), false, StandardCharsets.UTF_8);
    }
}
