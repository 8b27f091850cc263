package np.khaacho.kernel.calendar;

import java.util.Locale;

/** The language a date or an amount is written in: English with Latin digits, or Nepali with Devanagari digits. */
public enum Language {
    EN,
    NE;

    /** "en" or "ne", also as a language tag ("ne-NP", "en_US"), in any case; null or blank is English. */
    public static Language of(String code) {
        if (code == null || code.isBlank()) {
            return EN;
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "en" -> EN;
            case "ne" -> NE;
            default -> throw new IllegalArgumentException("unknown language: " + code + " (expected en or ne)");
        };
    }

    String digits(String latin) {
        return this == NE ? Devanagari.digits(latin) : latin;
    }
}
