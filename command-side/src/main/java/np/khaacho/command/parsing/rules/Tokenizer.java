package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a message into segments (one list item each, as far as punctuation, line breaks and joining
 * words such as "and", "ra", "र" tell) of tokens. Dates, times, list numbers and bullets are dropped;
 * digits glued to units ("5kg", "२बोरा") come apart; decimals ("2.25") stay whole.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** The segments of a text whose Devanagari digits are already ASCII (same length as the original). */
    static List<List<Token>> segments(String text) {
        List<List<Token>> segments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                i = skipListMarker(text, i);
                lineStart = false;
                if (i >= n) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                current = close(segments, current);
                lineStart = true;
                i++;
            } else if (wordChar(c)) {
                int end = wordEnd(text, i);
                String word = word(text, i, end);
                if (!word.isEmpty()) {
                    String key = Fold.key(word);
                    if (Lexicon.JOINERS.contains(key)) {
                        current = close(segments, current);
                    } else {
                        current.add(new Token(Token.Kind.WORD, word, key, null, i, end));
                    }
                }
                i = end;
            } else if (c >= '0' && c <= '9') {
                i = number(text, i, current);
            } else if (c == '×' || c == '*') {
                current.add(new Token(Token.Kind.TIMES, "x", "x", null, i, i + 1));
                i++;
            } else if (",.;?!|&+@\u0964\u0965".indexOf(c) >= 0) {
                current = close(segments, current);
                i++;
            } else {
                i++;
            }
        }
        close(segments, current);
        return segments;
    }

    private static List<Token> close(List<List<Token>> segments, List<Token> current) {
        if (current.isEmpty()) {
            return current;
        }
        segments.add(current);
        return new ArrayList<>();
    }

    /** Skips "1.", "2)", "(3)", "-", "*", "•" at the start of a line. */
    private static int skipListMarker(String text, int i) {
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return i;
        }
        char c = text.charAt(i);
        if ("-*•·–—►>✓✔".indexOf(c) >= 0) {
            return i + 1;
        }
        int j = c == '(' ? i + 1 : i;
        int digits = j;
        while (digits < n && Character.isDigit(text.charAt(digits)) && text.charAt(digits) < 128) {
            digits++;
        }
        if (digits > j && digits - j <= 2 && digits + 1 < n
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && Character.isWhitespace(text.charAt(digits + 1))) {
            return digits + 1;
        }
        return i;
    }

    private static boolean wordChar(char c) {
        if (Fold.devanagari(c)) {
            return c != '\u0964' && c != '\u0965' && !(c >= '\u0966' && c <= '\u096F');
        }
        return Character.isLetter(c) || c == '\u200C' || c == '\u200D';
    }

    private static int wordEnd(String text, int start) {
        boolean devanagari = Fold.devanagari(text.charAt(start));
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (wordChar(c) && Fold.devanagari(c) == devanagari) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                    && !devanagari) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String word(String text, int start, int end) {
        StringBuilder word = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '’') {
                word.append(c);
            }
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** Reads a number at i into the segment, or skips a date or time; answers the index after it. */
    private static int number(String text, int i, List<Token> current) {
        int n = text.length();
        int j = digitsEnd(text, i);
        if (j < n && (text.charAt(j) == '/' || text.charAt(j) == '-' || text.charAt(j) == ':')
                && j + 1 < n && isDigit(text.charAt(j + 1))) {
            // a date (2081/07/18, 18-07) or a time (11:30): not a quantity
            int k = j;
            while (k < n && (isDigit(text.charAt(k)) || "/-:.".indexOf(text.charAt(k)) >= 0)) {
                k++;
            }
            return k;
        }
        if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
            j = digitsEnd(text, j + 1);
        } else if (j < n && text.charAt(j) == ',' && digitsEnd(text, j + 1) == j + 4
                && j - i <= 3) {
            j = digitsEnd(text, j + 1);
        }
        if (j < n && text.charAt(j) == ')' && j - i <= 2) {
            // "1) sugar 10 kg 2) salt 10 packets": an item number within a line
            return j + 1;
        }
        String digits = text.substring(i, j).replace(",", "");
        current.add(new Token(Token.Kind.NUMBER, digits, digits, new BigDecimal(digits), i, j));
        return j;
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
