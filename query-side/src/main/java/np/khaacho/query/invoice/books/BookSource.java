package np.khaacho.query.invoice.books;

import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.api.ApiException;

import java.util.Locale;

/** Where a book's figures come from: the invoices read model, or the stored events replayed one by one. */
public enum BookSource {
    PROJECTION,
    REPLAY;

    /** The source asked for; the read model when none is. */
    static BookSource of(String requested) {
        if (requested == null || requested.isBlank()) {
            return PROJECTION;
        }
        return switch (requested.strip().toLowerCase(Locale.ROOT)) {
            case "projection" -> PROJECTION;
            case "replay" -> REPLAY;
            default -> throw ApiException.invalid("source must be projection or replay: " + requested);
        };
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
