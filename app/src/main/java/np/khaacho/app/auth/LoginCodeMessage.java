package np.khaacho.app.auth;

import java.time.Duration;
import java.util.Locale;

/** The WhatsApp message that carries a login code, in the user's language: Nepali for "ne", English otherwise. */
final class LoginCodeMessage {

    private static final String DEVANAGARI_DIGITS = "०१२३४५६७८९";

    private LoginCodeMessage() {
    }

    /** The language the message is written in for this preference: "ne" or "en". */
    static String language(String preferred) {
        return preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("ne") ? "ne" : "en";
    }

    /**
     * The code comes first, so it shows in the notification preview; it stays in Latin digits for
     * copying. The outbox stores the message with the code's placeholder in its place.
     */
    static String body(String language, String code, Duration validFor) {
        long minutes = Math.max(1, validFor.toMinutes());
        if (language.equals("ne")) {
            return code + " तपाईंको खाचो लगइन कोड हो। यो " + devanagari(minutes)
                    + " मिनेटसम्म मात्र चल्छ। यो कोड कसैलाई नदिनुहोस्।";
        }
        return code + " is your Khaacho login code. It is valid for " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ". Never share it with anyone.";
    }

    private static String devanagari(long number) {
        StringBuilder text = new StringBuilder();
        for (char digit : Long.toString(number).toCharArray()) {
            text.append(DEVANAGARI_DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }
}
