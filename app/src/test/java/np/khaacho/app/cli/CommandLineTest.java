package np.khaacho.app.cli;

import np.khaacho.app.support.JarCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's real entry point in a JVM of its own: {@code --help} answers and ends, a mistyped command
 * ends with exit code 2 instead of starting the server (the JVM would then never end).
 */
class CommandLineTest {

    @Test
    void helpListsTheCommandsAndEnds() {
        JarCommand.Output help = JarCommand.run("--help");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.stdout()).contains("usage: java -jar khaacho.jar", "serve", "demo", "token", "admin",
                "parse-eval", "parse-bench");
        assertThat(help.stdout()).doesNotContain("Tomcat", "Started KhaachoApplication");
    }

    @Test
    void anUnknownCommandOrOptionIsRefusedWithExitCode2AndStartsNothing() {
        JarCommand.Output command = JarCommand.run("frobnicate");
        assertThat(command.exitCode()).as(command.toString()).isEqualTo(2);
        assertThat(command.stderr()).contains("Unknown command or argument: 'frobnicate'");

        JarCommand.Output option = JarCommand.run("--halp");
        assertThat(option.exitCode()).as(option.toString()).isEqualTo(2);
        assertThat(option.stderr()).contains("Unknown option: '--halp'");
        assertThat(option.stdout()).doesNotContain("Tomcat", "Started KhaachoApplication");
    }
}
