package np.khaacho.app.faults;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
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
 * One checksum per table of the read model ({@code read_model.*}): the md5 of its rows as text, every
 * column, in the order of that text, with the row count beside it. Timestamps are written in UTC, so
 * the sums do not depend on the machine's time zone.
 */
final class ReadModelSums {

    private ReadModelSums() {
    }

    static Map<String, String> of(JdbcTemplate jdbc) {
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
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                    "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM read_model."
                            + table + " t")) {
                row.next();
                sums.put(table, row.getLong(1) + " rows " + row.getString(2));
            }
        }
        return sums;
    }

    /** The tables whose sums differ, one line each; empty when both agree table by table. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        List<String> differences = new ArrayList<>();
        for (String table : tables) {
            if (!String.valueOf(before.get(table)).equals(String.valueOf(after.get(table)))) {
                differences.add(table + ": " + before.get(table) + " before, " + after.get(table) + " after");
            }
        }
        return differences;
    }

    /** How many rows the read model holds in all. */
    static long rows(Map<String, String> sums) {
        return sums.values().stream().mapToLong(sum -> Long.parseLong(sum.substring(0, sum.indexOf(' ')))).sum();
    }
}
