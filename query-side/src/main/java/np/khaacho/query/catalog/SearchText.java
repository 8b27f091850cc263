package np.khaacho.query.catalog;

import np.khaacho.kernel.api.ApiException;

import java.util.Locale;

/**
 * What a buyer typed to find a product, as the search document is written: lower case, single
 * spaces. {@link #likePattern()} finds it as a substring, with LIKE's wildcards taken literally.
 */
record SearchText(String text) {

    static final int MAX_LENGTH = 100;

    static SearchText of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("q: a search text is required");
        }
        String text = raw.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LENGTH) {
            throw ApiException.invalid("q: at most " + MAX_LENGTH + " characters");
        }
        return new SearchText(text);
    }

    String likePattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
