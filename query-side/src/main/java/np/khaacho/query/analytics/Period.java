package np.khaacho.query.analytics;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.query.common.Dates;

import java.time.LocalDate;
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
        LocalDate last = Dates.day("to", to);
        LocalDate first = Dates.day("from", from);
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
}
