package np.khaacho.app.cli;

import np.khaacho.saga.webpush.VapidKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar web-push-keys}: prints a new Web Push key pair as the environment variables
 * that keep it across starts, so the vendors' browsers stay subscribed. Needs neither the database nor the
 * server.
 */
@Command(name = WebPushKeysCommand.NAME,
        header = "Prints a new Web Push key pair to keep in the environment.",
        description = "Prints KHAACHO_WEB_PUSH_PUBLIC_KEY and KHAACHO_WEB_PUSH_PRIVATE_KEY lines for a new P-256 "
                + "pair. Set both on every instance: the vendors' browsers then stay subscribed across starts. "
                + "The private key is a secret. Example: " + Cli.JAR + " web-push-keys >> khaacho.env")
final class WebPushKeysCommand implements Callable<Integer> {

    static final String NAME = "web-push-keys";

    private final Console console;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    WebPushKeysCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        VapidKeys keys = VapidKeys.generate();
        PrintStream out = console.out();
        out.println("KHAACHO_WEB_PUSH_PUBLIC_KEY=" + keys.publicKey());
        out.println("KHAACHO_WEB_PUSH_PRIVATE_KEY=" + keys.privateKey());
        out.flush();
        return 0;
    }
}
