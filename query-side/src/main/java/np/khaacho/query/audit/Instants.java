package np.khaacho.query.audit;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.query.common.Dates;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the instants of audit requests: ISO-8601 with an offset, such as 2026-11-25T10:00:00Z. */
final class Instants {

    private Instants() {
    }

    static Instant required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(name + " is required, e.g. 2026-11-25T10:00:00Z");
        }
        try {
            return Dates.within(name, OffsetDateTime.parse(value.trim()).toInstant(), value);
        } catch (DateTimeParseException e) {
            // a "+" offset not encoded as %2B arrives as a space
            throw ApiException.invalid(name + " must be an ISO-8601 instant with an offset, e.g. "
                    + "2026-11-25T10:00:00Z or 2026-11-25T15:45:00%2B05:45 in a URL: " + value);
        }
    }
}
