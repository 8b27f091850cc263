package np.khaacho.command.parsing;

import java.util.List;
import java.util.Objects;

/**
 * One buyer's own words for products, learned from its corrections: a line whose product words are the
 * alias's (ignoring quantities, fillers and spelling the catalog's words forgive) is that product for this
 * buyer, before the catalog's reading of the words.
 */
public record Vocabulary(List<Alias> aliases) {

    public static final Vocabulary NONE = new Vocabulary(List.of());

    public Vocabulary {
        aliases = List.copyOf(aliases);
    }

    public boolean isEmpty() {
        return aliases.isEmpty();
    }

    /** The buyer's {@code words} stand for the product of this SKU. */
    public record Alias(String words, String sku) {

        public Alias {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(sku, "sku");
        }
    }
}
