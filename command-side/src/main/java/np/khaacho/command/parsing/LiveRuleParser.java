package np.khaacho.command.parsing;

import np.khaacho.command.parsing.rules.RuleOrderParser;

import java.util.List;
import java.util.function.Function;

/** The rule parser over the live catalog, rebuilt whenever the catalog's version changes. */
public class LiveRuleParser implements OrderParser {

    private final ParsingCatalog catalog;
    private final Function<List<CatalogEntry>, OrderParser> build;
    private volatile Built built;

    public LiveRuleParser(ParsingCatalog catalog) {
        this(catalog, RuleOrderParser::new);
    }

    LiveRuleParser(ParsingCatalog catalog, Function<List<CatalogEntry>, OrderParser> build) {
        this.catalog = catalog;
        this.build = build;
    }

    @Override
    public ParseResult parse(String text) {
        return current().parse(text);
    }

    private OrderParser current() {
        long version = catalog.version();
        Built current = built;
        if (current == null || current.version() != version) {
            current = new Built(version, build.apply(catalog.entries()));
            built = current;
        }
        return current.parser();
    }

    private record Built(long version, OrderParser parser) {
    }
}
