package np.khaacho.app.support;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One checksum per read-model table: the md5 of its rows as text, in a stable order. Every column
 * takes part: no read-model column is written from the clock at projection time (each time is the
 * event's own), so a replay on another day gives the same text.
 */
public final class ReadModelChecksums {

    private static final String TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'""";

    private ReadModelChecksums() {
    }

    /**
     * The checksums of the read model as it is now. A timestamp's text follows the session's time zone,
     * which the driver takes from the JVM's; fixed to UTC here, so that a machine in another zone
     * computes the same sums.
     */
    public static Map<String, String> of(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<Map<String, String>>) connection -> {
            try (Statement zone = connection.createStatement()) {
                zone.execute("SET TIME ZONE 'UTC'");
                try {
                    return sums(connection);
                } finally {
                    zone.execute("RESET TIME ZONE");
                }
            }
        });
    }

    private static Map<String, String> sums(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            try (PreparedStatement sum = connection.prepareStatement(
                    "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM read_model." + table + " t");
                 ResultSet row = sum.executeQuery()) {
                row.next();
                sums.put(table, row.getString(1));
            }
        }
        return sums;
    }

    /** How many rows the read model holds now, in all its tables. */
    public static long rows(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList(TABLES, String.class);
        long rows = 0;
        for (String table : tables) {
            Long count = jdbc.queryForObject("SELECT count(*) FROM read_model." + table, Long.class);
            rows += count == null ? 0 : count;
        }
        return rows;
    }

    /** The checksum of a table without rows. */
    private static final String EMPTY = "d41d8cd98f00b204e9800998ecf8427e";

    /**
     * The tables whose checksums differ, one line each; empty when both agree table by table. A table the
     * recording did not have differs only when it has rows.
     */
    public static List<String> differences(Map<String, String> recorded, Map<String, String> now) {
        List<String> differences = new ArrayList<>();
        Set<String> tables = new TreeSet<>(recorded.keySet());
        tables.addAll(now.keySet());
        for (String table : tables) {
            if (!recorded.containsKey(table)) {
                // a projection newer than the recording may stand empty: the recorded events held nothing for it
                if (!EMPTY.equals(now.get(table))) {
                    differences.add(table + ": a table the recording did not have, with rows (now " + now.get(table)
                            + "; a new projection's first checksum is added to the recording once checked)");
                }
            } else if (!now.containsKey(table)) {
                differences.add(table + ": recorded, but no longer there");
            } else if (!recorded.get(table).equals(now.get(table))) {
                differences.add(table + ": recorded " + recorded.get(table) + ", now " + now.get(table));
            }
        }
        return differences;
    }

    /** Writes the checksums one table a line ({@code table md5}), under a comment header. */
    public static void write(Path file, Map<String, String> sums, String header) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        new TreeMap<>(sums).forEach((table, sum) -> text.append(table).append(' ').append(sum).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Map<String, String> parse(String text) {
        Map<String, String> sums = new TreeMap<>();
        text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a checksum line: " + line);
            }
            sums.put(parts[0], parts[1]);
        });
        return sums;
    }
}
