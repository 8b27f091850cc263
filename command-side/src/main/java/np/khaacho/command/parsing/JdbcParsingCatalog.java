package np.khaacho.command.parsing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;

/**
 * The live catalog: the listed products of the write side's product table. Its version is the
 * newest {@code change_seq} there, read at most once a second (and at once after a change this
 * instance made), so parsers rebuild only when products change. {@link CatalogEntry#vendorCode()}
 * holds the vendor's id (the demo CSV's vendor codes are not kept once the vendors are registered).
 */
@Component
public class JdbcParsingCatalog implements ParsingCatalog {

    private static final long VERSION_TTL_NANOS = 1_000_000_000L;
    private static final RowMapper<CatalogEntry> ENTRY = (rs, i) -> new CatalogEntry(
            rs.getString("sku"), rs.getString("vendor_id"), rs.getString("name"), rs.getString("name_ne"),
            aliases(rs.getArray("aliases")), rs.getString("category"), rs.getString("unit"),
            rs.getString("pack_size"), rs.getBigDecimal("price"));

    private final JdbcTemplate jdbc;
    private volatile VersionRead versionRead;
    private volatile Snapshot snapshot;

    public JdbcParsingCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CatalogEntry> entries() {
        long version = version();
        Snapshot current = snapshot;
        if (current != null && current.version() == version) {
            return current.entries();
        }
        List<CatalogEntry> entries = List.copyOf(jdbc.query("""
                SELECT sku, vendor_id, name, name_ne, aliases, category, unit, pack_size, price
                  FROM write_model.products WHERE status = 'ACTIVE' ORDER BY sku""", ENTRY));
        snapshot = new Snapshot(version, entries);
        return entries;
    }

    @Override
    public long version() {
        long now = System.nanoTime();
        VersionRead read = versionRead;
        if (read != null && now - read.readAt() < VERSION_TTL_NANOS) {
            return read.version();
        }
        Long newest = jdbc.queryForObject("SELECT COALESCE(max(change_seq), 0) FROM write_model.products", Long.class);
        long version = newest == null ? 0 : newest;
        versionRead = new VersionRead(version, now);
        return version;
    }

    /** A product changed here: the next read asks the database again. */
    public void changed() {
        versionRead = null;
    }

    private static List<String> aliases(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private record VersionRead(long version, long readAt) {
    }

    private record Snapshot(long version, List<CatalogEntry> entries) {
    }
}
