package np.khaacho.query.analytics;

import np.khaacho.kernel.api.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A range of Nepal days, both ends included; by default the 30 days up to today. */
record Period(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    /** The {@code days} days that end with {@code last}. */
    static Period ending(LocalDate last, int days) {
        return new Period(last.minusDays(days - 1L), last);
    }

    static Period of(String from, String to, LocalDate today) {
        LocalDate last = day("to", to);
        LocalDate first = day("from", from);
        if (last == null) {
            last = first == null || first.isBefore(today) ? today : first;
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (first.isAfter(last)) {
            throw ApiException.invalid("from must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.invalid("a period spans at most " + MAX_DAYS + " days");
        }
        return new Period(first, last);
    }

    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name + " must be a date like 2026-11-25: " + value);
        }
    }
}
