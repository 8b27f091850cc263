package np.khaacho.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's view of PostgreSQL, through its own command-line tools (psql, pgbench) and the
 * connection settings of the environment (PGHOST, PGPORT, PGUSER): the commits of the benchmark's
 * database, its open connections, and the raw ceiling of the server for commits like the event store's.
 */
final class Postgres {

    /** An event as the store keeps it: about a kilobyte of JSON payload and metadata. */
    private static final int EVENT_BYTES = 1000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String database;

    Postgres(String database) {
        this.database = database;
    }

    /** Transactions committed in the database so far (pg_stat_database), or -1 when psql cannot tell. */
    long commits() {
        return number("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    }

    /** Connections open to the database now, or -1. */
    long connections() {
        return number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()");
    }

    /**
     * Commits per second that PostgreSQL alone sustains on this machine: {@code clients} connections each
     * committing one event-sized row at a time, for {@code seconds} (pgbench, fsync as configured). Returns
     * -1 when pgbench is not installed or fails.
     */
    double ceiling(int clients, int seconds) {
        Path script = null;
        try {
            psql("CREATE TABLE IF NOT EXISTS bench_ceiling (id bigserial PRIMARY KEY, aggregate_identifier text,"
                    + " sequence_number bigint, payload bytea)");
            script = Files.createTempFile("khaacho-ceiling", ".sql");
            Files.writeString(script, "\\set n random(1, 1000000000)\n"
                    + "INSERT INTO bench_ceiling (aggregate_identifier, sequence_number, payload)"
                    + " VALUES ('stock-' || :n, :n, convert_to(repeat('x', " + EVENT_BYTES + "), 'UTF8'));\n");
            String out = run(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2", "-T",
                    Integer.toString(seconds), "-f", script.toString(), database), seconds + 60);
            Matcher tps = TPS.matcher(out);
            return tps.find() ? Double.parseDouble(tps.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            System.out.println("  (pgbench did not run: " + e.getMessage() + ")");
            return -1;
        } finally {
            psqlQuietly("DROP TABLE IF EXISTS bench_ceiling");
            if (script != null) {
                script.toFile().delete();
            }
        }
    }

    /** The single number a query answers, or -1 when psql cannot tell. */
    long number(String sql) {
        try {
            return Long.parseLong(psql(sql).strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private String psql(String sql) {
        return run(List.of("psql", "-X", "-Atq", "-d", database, "-c", sql), 30);
    }

    private void psqlQuietly(String sql) {
        try {
            psql(sql);
        } catch (RuntimeException ignored) {
            // nothing to clean up, or PostgreSQL is gone: the database is dropped with the next run
        }
    }

    private static String run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
