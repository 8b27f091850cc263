package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a catalog (names, Nepali names, aliases, brands) and which products each belongs to,
 * built once. A buyer's word is found by its folded key, then without a Nepali "of" ending
 * ("रहरको", "chiniko"), then within a small edit distance for long words ("sunflwer", "harpik").
 */
final class CatalogIndex {

    /** Common English words in product names: alone they name nothing ("good", "red", "current"). */
    private static final Set<String> WEAK = Lexicon.keys("""
            good day red hot spicy plus real current classic power strong teeth active pure white cold
            drink drinking easy wash original fruit mix mixed green black gram bar box match paper toilet
            cleaner mineral desi chicken masala munch cashew cookies glucose loose lentil refined iodized
            beaten flour orange water g
            """);
    private static final String[] SUFFIXES = {"को", "का", "की", "मा", "ले", "लाई", "ko", "ka", "ki"};
    private static final int CACHE_LIMIT = 50_000;
    private static final String NONE = "";

    final List<Product> products;
    private final Map<String, int[]> productsOfKey = new HashMap<>();
    private final Map<String, List<String>> keysOfDeletion = new HashMap<>();
    private final Map<String, String> fuzzyCache = new ConcurrentHashMap<>();

    CatalogIndex(List<CatalogEntry> entries) {
        this.products = entries.stream().map(Product::new).toList();
        Map<String, Set<Integer>> owners = new HashMap<>();
        for (int p = 0; p < products.size(); p++) {
            CatalogEntry entry = products.get(p).entry;
            for (String key : phraseKeys(entry.name(), true)) {
                owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
            }
            for (String key : phraseKeys(entry.nameNe(), true)) {
                owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
            }
            for (String alias : entry.aliases()) {
                for (String key : phraseKeys(alias, false)) {
                    owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        owners.forEach((key, set) -> productsOfKey.put(key, set.stream().mapToInt(Integer::intValue).toArray()));
        for (String key : productsOfKey.keySet()) {
            int distance = maxDistance(key);
            if (distance > 0) {
                for (String deletion : deletions(key, distance)) {
                    keysOfDeletion.computeIfAbsent(deletion, d -> new ArrayList<>()).add(key);
                }
            }
        }
    }

    /**
     * The keys of a name or alias: its words, less numbers, fillers and (in names) units, and each
     * pair of neighbouring words written as one ("wai wai" also as "waiwai").
     */
    private static Set<String> phraseKeys(String phrase, boolean name) {
        Set<String> keys = new HashSet<>();
        if (phrase == null || phrase.isBlank()) {
            return keys;
        }
        for (List<Token> segment : Tokenizer.segments(Fold.asciiDigits(phrase.toLowerCase(Locale.ROOT)))) {
            String previous = null;
            for (Token token : segment) {
                if (!token.isWord() || Lexicon.FILLER.contains(token.key()) || (name && Unit.of(token.text()) != null)) {
                    previous = null;
                    continue;
                }
                keys.add(token.key());
                if (previous != null) {
                    keys.add(Fold.key(previous + token.text()));
                }
                previous = token.text();
            }
        }
        return keys;
    }

    private static int maxDistance(String key) {
        if (!key.isEmpty() && Fold.devanagari(key.charAt(0))) {
            return key.length() >= 4 ? 1 : 0;
        }
        return key.length() >= 9 ? 2 : key.length() >= 5 ? 1 : 0;
    }

    private static Set<String> deletions(String key, int distance) {
        Set<String> result = new HashSet<>();
        result.add(key);
        Set<String> frontier = Set.of(key);
        for (int d = 0; d < distance; d++) {
            Set<String> next = new HashSet<>();
            for (String word : frontier) {
                for (int i = 0; i < word.length(); i++) {
                    next.add(word.substring(0, i) + word.substring(i + 1));
                }
            }
            result.addAll(next);
            frontier = next;
        }
        return result;
    }

    /** The catalog key a buyer's word stands for, or null. */
    String lookup(Token token) {
        String key = token.key();
        if (productsOfKey.containsKey(key)) {
            return key;
        }
        for (String suffix : SUFFIXES) {
            if (key.length() > suffix.length() + 2 && key.endsWith(suffix)) {
                String stem = key.substring(0, key.length() - suffix.length());
                if (productsOfKey.containsKey(stem)) {
                    return stem;
                }
            }
        }
        String cached = fuzzyCache.get(key);
        if (cached == null) {
            cached = nearest(key);
            if (fuzzyCache.size() < CACHE_LIMIT) {
                fuzzyCache.put(key, cached);
            }
        }
        return cached.isEmpty() ? null : cached;
    }

    private String nearest(String key) {
        int allowed = maxDistance(key);
        if (allowed == 0) {
            return NONE;
        }
        String best = NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (String deletion : deletions(key, allowed)) {
            for (String candidate : keysOfDeletion.getOrDefault(deletion, List.of())) {
                int limit = Math.min(allowed, maxDistance(candidate));
                int distance = distance(key, candidate);
                if (distance <= limit && (distance < bestDistance
                        || (distance == bestDistance && better(key, candidate, best)))) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Between two equally near keys, the one that shares the first letter, then the first in order. */
    private static boolean better(String key, String candidate, String best) {
        boolean candidateFirst = candidate.charAt(0) == key.charAt(0);
        boolean bestFirst = best.charAt(0) == key.charAt(0);
        if (candidateFirst != bestFirst) {
            return candidateFirst;
        }
        return candidate.compareTo(best) < 0;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }

    boolean weak(String key) {
        return WEAK.contains(key);
    }

    /** The products a key belongs to (indices into {@link #products}). */
    int[] productsOf(String key) {
        return productsOfKey.getOrDefault(key, new int[0]);
    }
}
