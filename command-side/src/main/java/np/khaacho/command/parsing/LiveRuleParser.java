package np.khaacho.command.parsing;

import np.khaacho.command.parsing.rules.RuleOrderParser;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The rule parser over the live catalog, rebuilt whenever the catalog's version changes. */
public class LiveRuleParser implements OrderParser, LineCorrections {

    private final ParsingCatalog catalog;
    private final Function<List<CatalogEntry>, RuleOrderParser> build;
    private volatile Built built;

    public LiveRuleParser(ParsingCatalog catalog) {
        this(catalog, RuleOrderParser::new);
    }

    LiveRuleParser(ParsingCatalog catalog, Function<List<CatalogEntry>, RuleOrderParser> build) {
        this.catalog = catalog;
        this.build = build;
    }

    @Override
    public ParseResult parse(String text) {
        return current().parse(text);
    }

    @Override
    public ParseResult parse(String text, Vocabulary vocabulary) {
        return current().parse(text, vocabulary);
    }

    @Override
    public Correction correctionIn(String text) {
        return current().correctionIn(text);
    }

    @Override
    public boolean names(String phrase, String lineText, String sku) {
        return current().names(phrase, lineText, sku);
    }

    @Override
    public String productWords(String lineText) {
        return current().productWords(lineText);
    }

    @Override
    public Optional<ParsedItem> meant(String right, String lineText) {
        return current().meant(right, lineText);
    }

    private RuleOrderParser current() {
        long version = catalog.version();
        Built current = built;
        if (current == null || current.version() != version) {
            current = new Built(version, build.apply(catalog.entries()));
            built = current;
        }
        return current.parser();
    }

    private record Built(long version, RuleOrderParser parser) {
    }
}
