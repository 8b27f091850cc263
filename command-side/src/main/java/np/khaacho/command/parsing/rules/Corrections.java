package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.Correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a correction of a summary in a message and cuts it into its parts. Two ways of saying it are read,
 * in Nepali and English alike:
 * <ul>
 *   <li>what the buyer's words meant: "chini bhaneko 1 kg ko packet", "by tea I meant tokla 500 g", "चामल भनेको
 *   जीरा मसिनो": the words before the "meant" of their clause are the buyer's own, the rest is right;</li>
 *   <li>what it is not: Nepali puts the wrong goods before the "not" ("rara hoina wai wai", "बासमती होइन"),
 *   English after it ("not basmati", "wai wai not rara"), up to the end of the clause or the next "meant".</li>
 * </ul>
 * What remains, less filler ("ho", "chahiyeko", "I wanted", "wrong item"), is what is right. A message is a
 * correction only when one of its parts names goods or a quantity ("not now, thanks" is not one).
 */
final class Corrections {

    private static final Set<String> MEANT = Lexicon.keys("bhaneko bhaneka vaneko vaneka bhanya meant mean means भनेको भनेका");
    /** A "not" after what it denies (Nepali). */
    private static final Set<String> NOT_AFTER = Lexicon.keys("hoina hoena haina hoyna होइन हैन होईन");
    /** A "not" before what it denies (English). */
    private static final Set<String> NOT_BEFORE = Lexicon.keys("not instead");
    /** Words of the correction itself, beyond the parser's filler. */
    private static final Set<String> SAYING = Lexicon.keys("""
            wrong galat mistake maile maine matlab actually rather single ho हो हैन गलत
            """);

    private Corrections() {
    }

    /** The correction the text makes, or null when it makes none. */
    static Correction read(String text, CatalogIndex index) {
        List<List<Token>> segments = Tokenizer.segments(Fold.asciiDigits(text.toLowerCase(java.util.Locale.ROOT)));
        List<Token> words = new ArrayList<>();
        List<Token> wrong = new ArrayList<>();
        List<Token> right = new ArrayList<>();
        boolean marked = false;
        for (List<Token> segment : segments) {
            int meant = -1;
            for (int i = 0; i < segment.size(); i++) {
                if (MEANT.contains(segment.get(i).key())) {
                    meant = i;
                    break;
                }
            }
            boolean[] used = new boolean[segment.size()];
            if (meant >= 0) {
                marked = true;
                for (int i = 0; i < meant; i++) {
                    words.add(segment.get(i));
                    used[i] = true;
                }
                used[meant] = true;
            }
            for (int i = 0; i < segment.size(); i++) {
                String key = segment.get(i).key();
                if (NOT_AFTER.contains(key)) {
                    marked = true;
                    used[i] = true;
                    for (int j = i - 1; j >= 0 && !used[j]; j--) {
                        used[j] = true;
                        wrong.add(0, segment.get(j));
                    }
                } else if (NOT_BEFORE.contains(key) && i + 1 < segment.size()) {
                    marked = true;
                    used[i] = true;
                    int j = i + 1;
                    for (; j < segment.size() && !MEANT.contains(segment.get(j).key())
                            && !NOT_AFTER.contains(segment.get(j).key()); j++) {
                        used[j] = true;
                        wrong.add(segment.get(j));
                    }
                    i = j - 1;
                }
            }
            for (int i = 0; i < segment.size(); i++) {
                if (!used[i]) {
                    right.add(segment.get(i));
                }
            }
        }
        if (!marked) {
            return null;
        }
        List<Token> ownWords = content(words);
        List<Token> wrongGoods = content(wrong);
        List<Token> rightGoods = content(right);
        boolean meantSomething = !words.isEmpty() || segments.stream().flatMap(List::stream)
                .anyMatch(token -> MEANT.contains(token.key()));
        boolean complete = meantSomething ? !rightGoods.isEmpty() : !wrongGoods.isEmpty() && !rightGoods.isEmpty();
        if (!complete || !(goods(ownWords, index) || goods(wrongGoods, index) || goods(rightGoods, index))) {
            return null;
        }
        return new Correction(phrase(ownWords), phrase(wrongGoods), phrase(rightGoods));
    }

    /** The tokens that may name goods or quantities: not filler, not the words of correcting. */
    private static List<Token> content(List<Token> tokens) {
        return tokens.stream().filter(token -> !token.isWord()
                || !(Lexicon.FILLER.contains(token.key()) || SAYING.contains(token.key())
                || NOT_AFTER.contains(token.key()) || MEANT.contains(token.key()))).toList();
    }

    /** Whether some token is a number or one of the catalog's words. */
    private static boolean goods(List<Token> tokens, CatalogIndex index) {
        return tokens.stream().anyMatch(token -> token.isNumber()
                || (token.isWord() && index.lookup(token) != null && !index.weak(index.lookup(token))));
    }

    private static String phrase(List<Token> tokens) {
        StringBuilder phrase = new StringBuilder();
        for (Token token : tokens) {
            if (!phrase.isEmpty()) {
                phrase.append(' ');
            }
            phrase.append(token.isNumber() ? token.value().stripTrailingZeros().toPlainString() : token.text());
        }
        return phrase.toString();
    }
}
