package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Numbers written as words: English, romanized Nepali and Devanagari ("five", "paanch", "पाँच"). */
final class NumberWords {

    private static final Map<String, BigDecimal> VALUES = new HashMap<>();
    /** Words that are also common non-numbers ("chha" is "is", "nau" is "new"): they count only before a unit. */
    private static final Set<String> UNIT_ONLY = Set.of("chha", "cha", "छ", "nau", "नौ", "sat", "a", "an", "tis");

    static {
        put(BigDecimal.ONE, "a", "an", "one", "ek", "euta", "एक", "एउटा");
        put(2, "two", "dui", "duita", "दुई", "दुइ");
        put(3, "three", "tin", "teen", "tinta", "तीन", "तिन");
        put(4, "four", "char", "chaar", "charta", "चार");
        put(5, "five", "panch", "paanch", "pach", "paach", "पाँच", "पाच", "पांच");
        put(6, "six", "chha", "chaa", "छ");
        put(7, "seven", "saat", "sat", "सात");
        put(8, "eight", "aath", "ath", "आठ");
        put(9, "nine", "nau", "nou", "नौ");
        put(10, "ten", "das", "dus", "dash", "दश", "दस");
        put(11, "eleven", "egara", "eghara", "एघार");
        put(12, "twelve", "barha", "bahra", "baarha", "बाह्र");
        put(15, "fifteen", "pandra", "pandhra", "पन्ध्र");
        put(20, "twenty", "bis", "bees", "बीस");
        put(25, "pachis", "pachchis", "पच्चीस");
        put(30, "thirty", "tis", "तीस");
        put(40, "forty", "chalis", "चालीस");
        put(50, "fifty", "pachas", "पचास");
        put(100, "hundred", "saya", "sae", "सय");
        put(new BigDecimal("0.5"), "half", "aadha", "adha", "आधा");
        put(new BigDecimal("1.5"), "dedh", "डेढ");
        put(new BigDecimal("2.5"), "adhai", "arhai", "अढाई");
    }

    private NumberWords() {
    }

    private static void put(int value, String... words) {
        put(BigDecimal.valueOf(value), words);
    }

    private static void put(BigDecimal value, String... words) {
        for (String word : words) {
            VALUES.put(word, value);
        }
    }

    /** The value of a lower-case word, or null. */
    static BigDecimal value(String word) {
        return VALUES.get(word);
    }

    /** Whether the word is a number only when a unit follows it. */
    static boolean onlyBeforeUnit(String word) {
        return UNIT_ONLY.contains(word);
    }
}
