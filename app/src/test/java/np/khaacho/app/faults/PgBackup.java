package np.khaacho.app.faults;

import np.khaacho.app.support.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own backup tools as an operator runs them against the tests' server: {@code pg_dump -Fc}
 * of a database (a running one: the dump reads one consistent snapshot, taken as it starts) and
 * {@code pg_restore} of the file into another, empty database. Each tool's output goes to a file next
 * to the dump, and a tool that fails fails the test with it.
 */
final class PgBackup {

    private static final long TIMEOUT_SECONDS = 120;

    private PgBackup() {
    }

    /** {@code pg_dump -Fc} of the database into the file. */
    static void dump(String database, Path file) {
        run(file.resolveSibling(file.getFileName() + ".pg_dump.log"),
                "pg_dump", "--format=custom", "--file=" + file, database);
    }

    /** {@code pg_restore} of the file into the database, which must exist and be empty; stops at the first error. */
    static void restore(Path file, String database) {
        run(file.resolveSibling(file.getFileName() + ".pg_restore.log"),
                "pg_restore", "--exit-on-error", "--dbname=" + database, file.toString());
    }

    private static void run(Path log, String tool, String... arguments) {
        String host = TestDatabase.HOST.contains(":") ? TestDatabase.HOST.substring(0, TestDatabase.HOST.lastIndexOf(':'))
                : TestDatabase.HOST;
        String port = TestDatabase.HOST.contains(":") ? TestDatabase.HOST.substring(TestDatabase.HOST.lastIndexOf(':') + 1)
                : "5432";
        List<String> command = new ArrayList<>(List.of(tool, "--host=" + host, "--port=" + port,
                "--username=" + TestDatabase.USER, "--no-password"));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            if (!TestDatabase.PASSWORD.isEmpty()) {
                builder.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " took more than " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(tool + " exited with " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + tool + " (is it on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
