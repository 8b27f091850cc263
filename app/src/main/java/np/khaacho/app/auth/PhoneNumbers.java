package np.khaacho.app.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/** Nepali mobile numbers as people type them, in the E.164 form users are stored under (+977 and ten digits). */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern MOBILE = Pattern.compile("9\\d{9}");

    private PhoneNumbers() {
    }

    /** "98…", "977 98…", "+977-98…" and "00977 98…" become "+97798…"; anything else is not a Nepali mobile number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.startsWith("+977")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("00977")) {
            digits = digits.substring(5);
        } else if (digits.startsWith("977") && digits.length() == 13) {
            digits = digits.substring(3);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of("+977" + digits) : Optional.empty();
    }
}
