package np.khaacho.command.parsing.llm;

import np.khaacho.command.parsing.CatalogEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Picks the catalog lines a prompt carries: the whole catalog when it is small, else the entries
 * whose names, aliases and SKU share the most words and letter trigrams with the message (typos
 * and romanized spellings still share most trigrams).
 */
final class CatalogCandidates {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private CatalogCandidates() {
    }

    static List<CatalogEntry> select(List<CatalogEntry> catalog, String message, int max) {
        if (catalog.size() <= max) {
            return catalog;
        }
        Set<String> words = words(message);
        Set<String> trigrams = trigrams(words);
        double[] scores = catalog.stream().mapToDouble(entry -> score(entry, words, trigrams)).toArray();
        return IntStream.range(0, catalog.size()).boxed()
                .filter(i -> scores[i] > 0)
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(max)
                .map(catalog::get)
                .toList();
    }

    private static double score(CatalogEntry entry, Set<String> messageWords, Set<String> messageTrigrams) {
        Set<String> entryWords = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(entry.aliases());
        names.add(entry.name());
        names.add(entry.nameNe());
        names.add(entry.sku().replace('-', ' '));
        names.forEach(name -> entryWords.addAll(words(name)));
        long sharedWords = entryWords.stream().filter(messageWords::contains).count();
        Set<String> entryTrigrams = trigrams(entryWords);
        if (entryTrigrams.isEmpty()) {
            return sharedWords;
        }
        long sharedTrigrams = entryTrigrams.stream().filter(messageTrigrams::contains).count();
        // One shared trigram is chance (" ch" starts half the romanized words); two or more is a hint.
        double likeness = sharedTrigrams < 2 ? 0 : (double) sharedTrigrams / entryTrigrams.size();
        return 3.0 * sharedWords + 2.0 * likeness;
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<String> trigrams(Set<String> words) {
        Set<String> trigrams = new HashSet<>();
        for (String word : words) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
