package np.khaacho.app.support;

import np.khaacho.app.KhaachoApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar's command line ({@link KhaachoApplication#main}) in a JVM of its own, as an operator runs
 * it: its exit code, stdout and stderr. {@link #onDatabase} adds the settings that point an operator
 * command ({@code admin add}, {@code token}) at a test database and the tests' signing key.
 */
public final class JarCommand {

    private static final Path KEY_FILE = Path.of("target/test-keys/jwt-signing-key.pem");

    private JarCommand() {
    }

    /** {@code java -jar khaacho.jar <arguments>}, e.g. {@code run("--help")}. */
    public static Output run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                KhaachoApplication.class.getName()));
        command.addAll(List.of(arguments));
        try {
            Path stdout = Files.createTempFile("khaacho-cli", ".out");
            Path stderr = Files.createTempFile("khaacho-cli", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            // were a command line to start the server by mistake, it fails at once instead of settling on a real database
            builder.environment().put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/no_database");
            builder.environment().put("PORT", "0");
            builder.environment().put("KHAACHO_KEY_FILE", KEY_FILE.toAbsolutePath().toString());
            Process process = builder.start();
            // a command ends on its own; one still running after this long has started a server it must not start
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", arguments) + " did not end:\n" + Files.readString(stdout));
            }
            Output output = new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An operator command on that test database, e.g. {@code onDatabase(db, "admin", "add", "--phone", …)}. */
    public static Output onDatabase(String database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--spring.datasource.url=jdbc:postgresql://" + TestDatabase.HOST + "/" + database);
        all.add("--spring.datasource.username=" + TestDatabase.USER);
        all.add("--spring.datasource.password=" + TestDatabase.PASSWORD);
        all.add("--khaacho.security.key-file=" + KEY_FILE);
        return run(all.toArray(String[]::new));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    public record Output(int exitCode, String stdout, String stderr) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
