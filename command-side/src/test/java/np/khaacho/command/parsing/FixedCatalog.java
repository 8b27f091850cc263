package np.khaacho.command.parsing;

import java.util.List;

/** A catalog held in memory; {@link #replace} changes its entries and version. */
public final class FixedCatalog implements ParsingCatalog {

    private volatile List<CatalogEntry> entries;
    private volatile long version = 1;

    public FixedCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public void replace(List<CatalogEntry> replacement) {
        entries = List.copyOf(replacement);
        version++;
    }

    @Override
    public List<CatalogEntry> entries() {
        return entries;
    }

    @Override
    public long version() {
        return version;
    }
}
