package np.khaacho.app.cli;

import np.khaacho.app.auth.PhoneNumbers;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers as operators type them. */
public final class Phones {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private Phones() {
    }

    /** A Nepali mobile number in any form sign-in accepts ("98…", "+977-98…"), or any E.164 number. */
    public static Optional<String> normalise(String typed) {
        Optional<String> nepali = PhoneNumbers.normalise(typed);
        if (nepali.isPresent() || typed == null) {
            return nepali;
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
