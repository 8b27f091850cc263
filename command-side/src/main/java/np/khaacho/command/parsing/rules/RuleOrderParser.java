package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;

import java.util.List;

/** The offline, deterministic parser over one catalog. */
public class RuleOrderParser implements OrderParser {

    private final List<CatalogEntry> catalog;

    public RuleOrderParser(List<CatalogEntry> catalog) {
        this.catalog = List.copyOf(catalog);
    }

    @Override
    public ParseResult parse(String text) {
        return new ParseResult(Intent.OTHER, List.of(), List.of(), "en", "rules");
    }
}
