package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline, deterministic parser over one catalog. A message is cut into list items; each item's
 * quantity, unit and product words are read and matched to exactly one product, converted to that
 * product's sale unit. What cannot be matched to exactly one product with an exact quantity is
 * reported as unresolved text, never guessed. The catalog's words are indexed once, here.
 */
public class RuleOrderParser implements OrderParser {

    public static final String ENGINE = "rules";

    private final CatalogIndex index;

    public RuleOrderParser(List<CatalogEntry> catalog) {
        this.index = new CatalogIndex(List.copyOf(catalog));
    }

    @Override
    public ParseResult parse(String text) {
        if (text == null || text.isBlank()) {
            return new ParseResult(Intent.OTHER, List.of(), List.of(), "en", ENGINE);
        }
        List<List<Token>> segments = Tokenizer.segments(Fold.asciiDigits(text));
        String keys = keyText(segments);
        Reading reading = new Reading();
        List<String> family = List.of();
        for (List<Token> segment : segments) {
            for (Line line : Lines.of(segment, index, family)) {
                read(line, text, reading, family);
                if (!line.unknown() && !line.weak() && !line.words().isEmpty()) {
                    family = line.words();
                }
            }
        }
        Intent intent = IntentRules.intent(text, keys, reading.items.isEmpty() && reading.unresolved.isEmpty(),
                !reading.quantityless.isEmpty());
        String language = Language.of(text, segments);
        if (intent != Intent.ORDER) {
            return new ParseResult(intent, List.of(), List.of(), language, ENGINE);
        }
        List<String> unresolved = new ArrayList<>(reading.unresolved);
        unresolved.addAll(reading.quantityless);
        return new ParseResult(intent, List.copyOf(reading.items.values()), unresolved, language, ENGINE);
    }

    private static String keyText(List<List<Token>> segments) {
        StringBuilder keys = new StringBuilder(" ");
        for (List<Token> segment : segments) {
            for (Token token : segment) {
                if (token.isWord()) {
                    keys.append(token.key()).append(' ');
                }
            }
        }
        return keys.toString();
    }

    /** What the lines of one message came to. */
    private static final class Reading {
        final Map<String, ParsedItem> items = new LinkedHashMap<>();
        final List<String> unresolved = new ArrayList<>();
        /** Products named without a quantity: unresolved if the message turns out to be an order. */
        final List<String> quantityless = new ArrayList<>();

        void add(ParsedItem item) {
            items.merge(item.sku(), item, (a, b) -> new ParsedItem(a.sku(), a.quantity().add(b.quantity()), a.unit(), a.text()));
        }
    }

    private void read(Line line, String text, Reading reading, List<String> family) {
        String piece = text.substring(line.start(), line.end()).strip();
        if (line.unknown()) {
            if (line.quantities().stream().anyMatch(q -> q.unit() != null)) {
                reading.unresolved.add(piece);
            }
            return;
        }
        if (line.quantities().isEmpty()) {
            if (!line.weak()) {
                reading.quantityless.add(piece);
            }
            return;
        }
        ParsedItem item = line.descriptor() ? null : resolve(line, line.words(), List.of(), piece);
        if (item == null && !line.descriptor() && !line.unknown() && !family.isEmpty()
                && !family.containsAll(line.words())) {
            // "real juice mixed 6 ota ra orange 6 ota": a variant named alone belongs to the family before it
            List<String> within = new ArrayList<>(family);
            line.words().stream().filter(word -> !within.contains(word)).forEach(within::add);
            item = resolve(line, within, line.words(), piece);
        }
        if (item == null) {
            reading.unresolved.add(piece);
        } else {
            reading.add(item);
        }
    }

    /** The one product and exact quantity of a line, or null. */
    /**
     * @param words    the words that name the product
     * @param required when not empty, a product must be named by one of these (a variant's own words)
     */
    private ParsedItem resolve(Line line, List<String> words, List<String> required, String piece) {
        List<Line.Quantity> quantities = line.quantities();
        Line.Quantity count;
        Line.Quantity size = null;
        if (quantities.size() == 1) {
            count = quantities.get(0);
        } else if (quantities.size() == 2) {
            int sizeAt = sizeIndex(quantities);
            if (sizeAt < 0) {
                return null;
            }
            size = quantities.get(sizeAt);
            count = quantities.get(1 - sizeAt);
        } else {
            return null;
        }
        if (count.amount().signum() <= 0) {
            return null;
        }
        Product chosen = null;
        BigDecimal quantity = null;
        Unit chosenUnit = null;
        for (Product product : candidates(words, required)) {
            if (size != null && !product.hasSize(size.amount(), size.unit())) {
                continue;
            }
            Unit unit = count.unit();
            if (unit == null || unit == Unit.GENERIC) {
                Unit inner = product.innerUnitNamedIn(List.of(Fold.asciiDigits(piece).toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{M}\\p{N}]+")));
                unit = inner != null ? inner : unit;
            }
            BigDecimal converted = product.inSaleUnit(count.amount(), unit);
            if (converted == null) {
                continue;
            }
            if (chosen != null) {
                return null;
            }
            chosen = product;
            quantity = converted;
            chosenUnit = unit;
        }
        if (chosen == null) {
            return null;
        }
        String asked = quantity.compareTo(count.amount()) == 0 ? null
                : count.amount().stripTrailingZeros().toPlainString() + " " + writtenUnit(piece, count, chosenUnit);
        return new ParsedItem(chosen.entry.sku(), quantity, chosen.entry.unit(), piece, asked);
    }

    /**
     * The word the buyer wrote after the count ("ota", "matchboxes", "kg"); else the unit it was read in
     * ("bottle" of "pani ko bottle 36"), else "pieces".
     */
    private static String writtenUnit(String piece, Line.Quantity count, Unit read) {
        String number = count.amount().stripTrailingZeros().toPlainString();
        String[] words = Fold.asciiDigits(piece).split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(number) && !words[i + 1].isEmpty() && Character.isLetter(words[i + 1].charAt(0))) {
                return words[i + 1];
            }
        }
        return read != null && read != Unit.GENERIC ? read.name().toLowerCase(Locale.ROOT) : "pieces";
    }

    /**
     * Of two quantities, the one naming the item's size ("Tokla tea 500 g ko 10 packet", "25kg x 4",
     * "2 carton coke 500ml"): a weight or volume, the first one after the product words when both are.
     */
    private static int sizeIndex(List<Line.Quantity> quantities) {
        boolean first = quantities.get(0).unit() != null && quantities.get(0).unit().measure();
        boolean second = quantities.get(1).unit() != null && quantities.get(1).unit().measure();
        if (first && second) {
            return quantities.get(0).afterWords() || !quantities.get(1).afterWords() ? 0 : 1;
        }
        return first ? 0 : second ? 1 : -1;
    }

    /** The products that share the most of the words with them (of those one of {@code required} names, if any). */
    private List<Product> candidates(List<String> words, List<String> required) {
        int[] scores = new int[index.products.size()];
        boolean[] eligible = new boolean[scores.length];
        java.util.Arrays.fill(eligible, required.isEmpty());
        for (String word : required) {
            for (int p : index.productsOf(word)) {
                eligible[p] = true;
            }
        }
        int best = 0;
        for (String word : words) {
            for (int p : index.productsOf(word)) {
                scores[p]++;
                if (eligible[p]) {
                    best = Math.max(best, scores[p]);
                }
            }
        }
        List<Product> candidates = new ArrayList<>();
        if (best == 0) {
            return candidates;
        }
        for (int p = 0; p < scores.length; p++) {
            if (eligible[p] && scores[p] == best) {
                candidates.add(index.products.get(p));
            }
        }
        return candidates;
    }
}
