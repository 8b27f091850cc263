package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Correction;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.LineCorrections;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.Vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline, deterministic parser over one catalog. A message is cut into list items; each item's
 * quantity, unit and product words are read and matched to exactly one product, converted to that
 * product's sale unit. What cannot be matched to exactly one product with an exact quantity is
 * reported as unresolved text, never guessed. The catalog's words are indexed once, here. A buyer's own
 * words ({@link Vocabulary}) are read first: a line whose product words are an alias's is that product.
 */
public class RuleOrderParser implements OrderParser, LineCorrections {

    public static final String ENGINE = "rules";

    private static final int ALIAS_CACHE_LIMIT = 10_000;

    private final CatalogIndex index;
    private final Map<String, Product> bySku = new HashMap<>();
    private final Map<String, Set<String>> aliasKeys = new ConcurrentHashMap<>();

    public RuleOrderParser(List<CatalogEntry> catalog) {
        this.index = new CatalogIndex(List.copyOf(catalog));
        index.products.forEach(product -> bySku.put(product.entry.sku(), product));
    }

    @Override
    public ParseResult parse(String text) {
        return parse(text, Vocabulary.NONE);
    }

    @Override
    public ParseResult parse(String text, Vocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return new ParseResult(Intent.OTHER, List.of(), List.of(), "en", ENGINE);
        }
        List<List<Token>> segments = Tokenizer.segments(Fold.asciiDigits(text));
        String keys = keyText(segments);
        Reading reading = new Reading();
        List<String> family = List.of();
        for (List<Token> segment : segments) {
            for (Line line : Lines.of(segment, index, family)) {
                read(line, text, reading, family, vocabulary);
                if (!line.unknown() && !line.weak() && !line.words().isEmpty()) {
                    family = line.words();
                }
            }
        }
        Correction correction = Corrections.read(text, index);
        Intent intent = IntentRules.intent(text, keys, reading.items.isEmpty() && reading.unresolved.isEmpty(),
                !reading.quantityless.isEmpty(), correction != null);
        String language = Language.of(text, segments);
        if (intent == Intent.CORRECT) {
            return new ParseResult(intent, List.of(), List.of(), language, ENGINE, correction);
        }
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

    private void read(Line line, String text, Reading reading, List<String> family, Vocabulary vocabulary) {
        String piece = text.substring(line.start(), line.end()).strip();
        ParsedItem aliased = vocabulary.isEmpty() || line.quantities().isEmpty() ? null : aliased(line, piece, vocabulary);
        if (aliased != null) {
            reading.add(aliased);
            return;
        }
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
        return resolveAmong(line, candidates(words, required), piece);
    }

    /** The one of these products the line's quantities fit, with its quantity in the sale unit, or null. */
    private ParsedItem resolveAmong(Line line, List<Product> products, String piece) {
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
        BigDecimal itemsPerUnit = null;
        for (Product product : products) {
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
            BigDecimal perUnit = product.itemsPerSaleUnit(count.amount(), unit);
            if (converted == null && perUnit != null) {
                // "pani ko bottle 40 ota" of cartons of 12: not whole cartons; the vendor's rounding decides
                converted = count.amount().divide(perUnit, 0, RoundingMode.CEILING);
            }
            if (converted == null) {
                continue;
            }
            if (chosen != null) {
                return null;
            }
            chosen = product;
            quantity = converted;
            chosenUnit = unit;
            itemsPerUnit = perUnit;
        }
        if (chosen == null) {
            return null;
        }
        if (quantity.compareTo(count.amount()) == 0) {
            return new ParsedItem(chosen.entry.sku(), quantity, chosen.entry.unit(), piece, null);
        }
        String written = writtenUnit(piece, count, chosenUnit);
        String asked = count.amount().stripTrailingZeros().toPlainString() + " " + written;
        ParsedItem.Pieces pieces = itemsPerUnit == null ? null
                : new ParsedItem.Pieces(count.amount(), itemsPerUnit, written);
        return new ParsedItem(chosen.entry.sku(), quantity, chosen.entry.unit(), piece, asked, pieces);
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

    /** The line as the buyer's alias for its words says, or null when no alias is for them or it cannot take the quantity. */
    private ParsedItem aliased(Line line, String piece, Vocabulary vocabulary) {
        Set<String> keys = wordKeys(piece);
        if (keys.isEmpty()) {
            return null;
        }
        for (Vocabulary.Alias alias : vocabulary.aliases()) {
            Set<String> aliasWords = aliasKeys.get(alias.words());
            if (aliasWords == null) {
                aliasWords = wordKeys(alias.words());
                if (aliasKeys.size() < ALIAS_CACHE_LIMIT) {
                    aliasKeys.put(alias.words(), aliasWords);
                }
            }
            Product product = bySku.get(alias.sku());
            if (product != null && aliasWords.equals(keys)) {
                return resolveAmong(line, List.of(product), piece);
            }
        }
        return null;
    }

    /**
     * The keys of the words of a phrase that may name goods: not numbers, units, filler or currency; a word
     * the catalog knows (however spelled) by the catalog's key, any other by its own.
     */
    private Set<String> wordKeys(String phrase) {
        Set<String> keys = new TreeSet<>();
        for (Token token : words(phrase)) {
            String known = index.lookup(token);
            keys.add(known != null ? known : token.key());
        }
        return keys;
    }

    private static List<Token> words(String phrase) {
        List<Token> words = new ArrayList<>();
        if (phrase == null) {
            return words;
        }
        for (List<Token> segment : Tokenizer.segments(Fold.asciiDigits(phrase.toLowerCase(Locale.ROOT)))) {
            for (Token token : segment) {
                if (token.isWord() && !token.isTimes() && !Lexicon.FILLER.contains(token.key())
                        && !Lexicon.CURRENCY.contains(token.key()) && Unit.of(token.text()) == null
                        && NumberWords.value(token.text()) == null) {
                    words.add(token);
                }
            }
        }
        return words;
    }

    /** The sizes (weights, volumes) a phrase writes: "500 gm", "1 kg", "2.25 litre". */
    private static List<BigDecimal[]> sizes(String phrase) {
        List<BigDecimal[]> sizes = new ArrayList<>();
        for (Amount amount : amounts(phrase)) {
            if (amount.unit() != null && amount.unit().measure()) {
                sizes.add(new BigDecimal[] {amount.value().multiply(amount.unit().base),
                        BigDecimal.valueOf(amount.unit().dimension.ordinal())});
            }
        }
        return sizes;
    }

    /** A number of a phrase and the unit written after it, if any. */
    private record Amount(BigDecimal value, Unit unit, String written) {
    }

    private static List<Amount> amounts(String phrase) {
        List<Amount> amounts = new ArrayList<>();
        for (List<Token> segment : Tokenizer.segments(Fold.asciiDigits(phrase.toLowerCase(Locale.ROOT)))) {
            for (int i = 0; i < segment.size(); i++) {
                Token token = segment.get(i);
                if (token.isNumber()) {
                    Token next = i + 1 < segment.size() ? segment.get(i + 1) : null;
                    Unit unit = next != null && next.isWord() ? Unit.of(next.text()) : null;
                    String number = token.value().stripTrailingZeros().toPlainString();
                    amounts.add(new Amount(token.value(), unit, unit == null ? number : number + " " + next.text()));
                }
            }
        }
        return amounts;
    }

    @Override
    public Correction correctionIn(String text) {
        return text == null || text.isBlank() ? null : Corrections.read(text, index);
    }

    @Override
    public boolean names(String phrase, String lineText, String sku) {
        Set<String> keys = wordKeys(phrase);
        List<BigDecimal[]> sizes = sizes(phrase);
        if (keys.isEmpty() && sizes.isEmpty()) {
            return false;
        }
        Product product = sku == null ? null : bySku.get(sku);
        Set<String> lineKeys = new TreeSet<>(wordKeys(lineText));
        if (product != null) {
            lineKeys.addAll(wordKeys(product.entry.name()));
            lineKeys.addAll(wordKeys(product.entry.nameNe()));
            product.entry.aliases().forEach(alias -> lineKeys.addAll(wordKeys(alias)));
        }
        if (!lineKeys.containsAll(keys)) {
            return false;
        }
        List<BigDecimal[]> lineSizes = sizes(lineText);
        for (BigDecimal[] size : sizes) {
            boolean productSize = product != null && product.sizeBase != null
                    && product.sizeBase.compareTo(size[0]) == 0 && product.sizeDimension.ordinal() == size[1].intValue();
            boolean written = lineSizes.stream().anyMatch(s -> s[0].compareTo(size[0]) == 0 && s[1].equals(size[1]));
            if (!productSize && !written) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String productWords(String lineText) {
        return String.join(" ", words(lineText).stream().map(Token::text).toList());
    }

    @Override
    public Optional<ParsedItem> meant(String right, String lineText) {
        String family = productWords(lineText);
        String count = count(lineText);
        List<String> readings = new ArrayList<>();
        if (count != null) {
            readings.add(right + " " + count);
            readings.add(family + " " + right + " " + count);
        }
        readings.add(right);
        readings.add(family + " " + right);
        for (String reading : readings) {
            ParseResult result = parse(reading.strip());
            if (result.intent() == Intent.ORDER && result.items().size() == 1 && result.unresolved().isEmpty()) {
                return Optional.of(result.items().get(0));
            }
        }
        return Optional.empty();
    }

    /** How a line was counted, as written: its only amount, else its last one that is not a size ("2 bora"). */
    private static String count(String lineText) {
        List<Amount> amounts = amounts(lineText);
        if (amounts.size() == 1) {
            return amounts.get(0).written();
        }
        for (int i = amounts.size() - 1; i >= 0; i--) {
            Unit unit = amounts.get(i).unit();
            if (unit == null || !unit.measure()) {
                return amounts.get(i).written();
            }
        }
        return null;
    }
}
