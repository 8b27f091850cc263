package np.khaacho.command.parsing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * What a parser read from one message: its intent, the catalog lines (for an order), the pieces of
 * text it could not match to exactly one product, the language the buyer wrote in ({@code en} or
 * {@code ne}, romanized Nepali counting as Nepali) and the engine that produced it ({@code rules},
 * or {@code llm:<model>}). A correction of goods carries its parts ({@code correction}), nothing else does.
 */
public record ParseResult(Intent intent, List<ParsedItem> items, List<String> unresolved, String language, String engine,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {

    public ParseResult {
        Objects.requireNonNull(intent, "intent");
        items = List.copyOf(items);
        unresolved = List.copyOf(unresolved);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(engine, "engine");
    }

    public ParseResult(Intent intent, List<ParsedItem> items, List<String> unresolved, String language, String engine) {
        this(intent, items, unresolved, language, engine, null);
    }

    public boolean nepali() {
        return "ne".equals(language);
    }
}
