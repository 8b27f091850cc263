package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;

/**
 * One word, number or multiplication sign of a message, with where it stands in the original text.
 * {@code text} is lower case; {@code key} is its {@link Fold#key}.
 */
record Token(Kind kind, String text, String key, BigDecimal value, int start, int end) {

    enum Kind { WORD, NUMBER, TIMES }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** A multiplication sign, written "x", "×" or "*" ("Colgate x 12", "25kg x 4"). */
    boolean isTimes() {
        return kind == Kind.TIMES || (kind == Kind.WORD && text.equals("x"));
    }
}
