package np.khaacho.app.axon;

import np.khaacho.app.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A database recorded by an earlier build, kept among the test resources ({@code stores/}): its dump
 * (pg_dump, plain SQL, gzipped), the read-model checksums of that build, and the events it holds by
 * type. Written by {@link RecordStoreTest}, replayed by {@link RecordedStoreReplayTest}.
 * <p>
 * The dump holds the whole database but two things. The read model's rows: the replay under test must
 * build them again from the events. And the pending deadlines ({@code axon.scheduled_tasks}): restored,
 * they would fall due on the clock of whoever restores them and add reminders that the recording
 * never had. The token store, the sagas and their associations are kept, as a running installation
 * has them. (Without the tokens, this build's processors would start with the whole history as a
 * replay, Axon's default, which the sagas and the notifications skip; the check does not rest on it.)
 */
final class RecordedStore {

    /** Where the recorder writes, relative to the app module (the tests' working directory). */
    static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "stores");
    static final String DUMP = "store.sql.gz";
    static final String CHECKSUMS = "read-model-checksums.txt";
    static final String EVENTS = "events.txt";
    private static final String RESOURCE_FOLDER = "/stores/";

    private RecordedStore() {
    }

    /** Dumps the database (as the class comment says) into a gzipped plain-SQL file. */
    static void dump(String database, Path target) {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--no-owner", "--no-privileges",
                "--exclude-table-data=read_model.*", "--exclude-table-data=axon.scheduled_tasks"));
        command.addAll(connection(database));
        Path plain = run(command, null);
        try (InputStream in = Files.newInputStream(plain);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(plain);
        }
    }

    /** Loads the recorded dump (a test resource) into that database, which must be empty, in one transaction. */
    static void restore(String database) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction"));
        command.addAll(connection(database));
        delete(run(command, withoutRestrictLines(resource(DUMP))));
    }

    /**
     * The dump without pg_dump's restrict and unrestrict meta-command lines: newer psql releases
     * need them, older ones refuse them, and they hold no data.
     */
    private static InputStream withoutRestrictLines(InputStream dump) {
        try (dump) {
            String sql = new String(dump.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\\\(un)?restrict .*\n", "");
            return new java.io.ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded file of the store, as text. */
    static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of the store by their payload type, by name. */
    static Map<String, Long> eventTypes(JdbcTemplate jdbc) {
        Map<String, Long> types = new LinkedHashMap<>();
        jdbc.query("""
                SELECT payloadtype, count(*) FROM event_store.domain_event_entry GROUP BY payloadtype ORDER BY payloadtype""",
                rs -> {
                    types.put(rs.getString(1), rs.getLong(2));
                });
        return types;
    }

    /** The events by type as the recorded events file lists them (without its comment): a count and a type a line, then the sum. */
    static String describe(Map<String, Long> events) {
        StringBuilder text = new StringBuilder();
        events.forEach((type, count) -> text.append(count).append(' ').append(type).append('\n'));
        return text.append(events.values().stream().mapToLong(Long::longValue).sum()).append(" in all\n").toString();
    }

    static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static InputStream resource(String name) {
        InputStream in = RecordedStore.class.getResourceAsStream(RESOURCE_FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("no recorded store file " + RESOURCE_FOLDER + name);
        }
        if (!name.endsWith(".gz")) {
            return in;
        }
        try {
            return new GZIPInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> connection(String database) {
        String[] hostAndPort = TestDatabase.HOST.split(":");
        return List.of("-h", hostAndPort[0], "-p", hostAndPort.length > 1 ? hostAndPort[1] : "5432",
                "-U", TestDatabase.USER, "-d", database);
    }

    /** Runs a PostgreSQL client with that input; answers the file its output went to. */
    private static Path run(List<String> command, InputStream input) {
        try {
            Path out = Files.createTempFile("khaacho-store", ".out");
            Path err = Files.createTempFile("khaacho-store", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (!TestDatabase.PASSWORD.isEmpty()) {
                builder.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
            }
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    try (input) {
                        input.transferTo(stdin);
                    }
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not end");
            }
            String errors = Files.readString(err);
            delete(err);
            if (process.exitValue() != 0) {
                delete(out);
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + errors);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
