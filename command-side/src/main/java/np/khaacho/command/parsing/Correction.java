package np.khaacho.command.parsing;

import java.util.Objects;

/**
 * A buyer's correction of a summary, cut into its parts as written: the buyer's own {@code words} for the
 * goods ("chini" of "chini bhaneko 1 kg ko packet"), what was {@code wrong} ("khanepani chini" of
 * "khanepani chini hoina"), and what is {@code right}. Any part may be empty, the right one only when the
 * wrong one is not.
 */
public record Correction(String words, String wrong, String right) {

    public Correction {
        words = Objects.requireNonNullElse(words, "").strip();
        wrong = Objects.requireNonNullElse(wrong, "").strip();
        right = Objects.requireNonNullElse(right, "").strip();
    }
}
