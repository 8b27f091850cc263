package np.khaacho.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local PostgreSQL server the tests use, as Debian's postgresql-common runs it: the cluster
 * that listens on the tests' port, restarted with {@code pg_ctlcluster} (as root, like CI).
 */
public final class PostgresServer {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final String version;
    private final String cluster;

    private PostgresServer(String version, String cluster) {
        this.version = version;
        this.cluster = cluster;
    }

    /** The cluster serving {@link TestDatabase#HOST}; fails, saying why, where there is none to control. */
    public static PostgresServer ofTests() {
        String port = TestDatabase.HOST.contains(":") ? TestDatabase.HOST.substring(TestDatabase.HOST.lastIndexOf(':') + 1)
                : "5432";
        Result clusters = run("pg_lsclusters", "--no-header");
        if (clusters.exit() != 0) {
            throw new AssertionError("cannot list the PostgreSQL clusters (pg_lsclusters of postgresql-common is needed "
                    + "to restart the server the tests use): " + clusters.output());
        }
        for (String line : clusters.output().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[2].equals(port)) {
                return new PostgresServer(columns[0], columns[1]);
            }
        }
        throw new AssertionError("no local PostgreSQL cluster listens on port " + port + " (TEST_DATABASE_HOST="
                + TestDatabase.HOST + "); pg_lsclusters says:\n" + clusters.output());
    }

    /**
     * Restarts the server, down for that long in between: a fast shutdown (open transactions roll
     * back, every connection is cut), then a start once the time is up.
     */
    public void restart(Duration down) throws InterruptedException {
        control("stop");
        Thread.sleep(down.toMillis());
        control("start");
        awaitAcceptingConnections();
    }

    /**
     * Stops the server in immediate mode, as a crash would: every server process quits at once, nothing is
     * written out, open transactions are lost, and the next start recovers from the write-ahead log.
     */
    public void crash() {
        control("stop", "--mode", "immediate");
    }

    /** Starts the server after {@link #crash()} and waits until it takes connections. */
    public void start() {
        control("start");
        awaitAcceptingConnections();
    }

    /** Starts the server if it is down (after a failed restart), so that no later test finds it gone. */
    public void ensureRunning() {
        if (!acceptsConnections()) {
            control("start");
            awaitAcceptingConnections();
        }
    }

    private void control(String action, String... options) {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect"));
        command.addAll(List.of(options));
        command.addAll(List.of(version, cluster, action));
        Result result = run(command.toArray(String[]::new));
        if (result.exit() != 0) {
            throw new AssertionError("pg_ctlcluster " + version + " " + cluster + " " + action + " failed (exit "
                    + result.exit() + "): " + result.output());
        }
    }

    private void awaitAcceptingConnections() {
        Eventually.waitUntil("PostgreSQL " + version + "/" + cluster + " accepting connections", COMMAND_TIMEOUT,
                PostgresServer::acceptsConnections);
    }

    private static boolean acceptsConnections() {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.HOST + "/postgres",
                TestDatabase.USER, TestDatabase.PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
