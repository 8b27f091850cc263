package np.khaacho.query.common;

import np.khaacho.kernel.api.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days and instants a query may name: from 2000-01-01 to 9999-12-31. Khaacho holds nothing
 * before, and far dates overflow date arithmetic and PostgreSQL's timestamps, which is no reason
 * for anything but a 400.
 */
public final class Dates {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** A day such as 2026-11-25, or null when not given. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name + " must be a date like 2026-11-25: " + value);
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw outOfRange(name, value);
        }
        return day;
    }

    /** An instant already read, refused unless it falls on one of the days a query may name. */
    public static Instant within(String name, Instant instant, String value) {
        if (instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw outOfRange(name, value);
        }
        return instant;
    }

    private static ApiException outOfRange(String name, String value) {
        return ApiException.invalid(name + " must fall between " + FIRST_DAY + " and " + LAST_DAY + ": " + value);
    }
}
