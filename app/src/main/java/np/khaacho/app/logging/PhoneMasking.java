package np.khaacho.app.logging;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers in text: an international number keeps its country code, the next two digits
 * and the last two ({@code +9779841100201} becomes {@code +97798******01}); so do {@code whatsapp:+…},
 * a URL-encoded plus ({@code %2B…}), and a Nepali mobile number written whole without the plus
 * ({@code 9779841100201}) or nationally ({@code 9841100201} becomes {@code 98******01}).
 */
public final class PhoneMasking {

    /**
     * A plus (or %2B) and 8 to 15 digits not inside a longer run of digits; or a Nepali mobile number
     * (97x or 98x and eight more digits, with or without 977 before it) standing as a word of its own.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?<sign>\\+|%2[Bb])(?<international>\\d{8,15})(?!\\d)"
                    + "|(?<![\\w+])(?<nepali>(?:977)?9[78]\\d{8})(?!\\w)");

    /** ITU country codes of one and of two digits; every other code has three. */
    private static final Set<String> ONE_DIGIT_CODES = Set.of("1", "7");
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39",
            "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
            "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private static final int SHOWN_AFTER_CODE = 2;
    private static final int SHOWN_AT_END = 2;
    private static final int LEAST_MASKED = 3;

    private PhoneMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 8) {
            return text;
        }
        Matcher matcher = PHONE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            String replacement = matcher.group("international") != null
                    ? matcher.group("sign") + masked(matcher.group("international"), codeLength(matcher.group("international")))
                    : masked(matcher.group("nepali"), matcher.group("nepali").length() > 10 ? 3 : 0);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }

    /** The digits with all but the code, two digits after it and the last two replaced by stars. */
    private static String masked(String digits, int codeLength) {
        int shownAtStart = Math.max(0, Math.min(codeLength + SHOWN_AFTER_CODE, digits.length() - SHOWN_AT_END - LEAST_MASKED));
        return digits.substring(0, shownAtStart) + "*".repeat(digits.length() - shownAtStart - SHOWN_AT_END)
                + digits.substring(digits.length() - SHOWN_AT_END);
    }

    private static int codeLength(String digits) {
        if (ONE_DIGIT_CODES.contains(digits.substring(0, 1))) {
            return 1;
        }
        return TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
    }
}
