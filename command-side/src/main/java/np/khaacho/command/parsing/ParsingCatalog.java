package np.khaacho.command.parsing;

import java.util.List;

/**
 * The products buyers can order, as the parsers match against them. {@code version} changes whenever
 * the entries do, so a parser built from them knows when to rebuild.
 */
public interface ParsingCatalog {

    List<CatalogEntry> entries();

    long version();
}
