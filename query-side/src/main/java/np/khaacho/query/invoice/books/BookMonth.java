package np.khaacho.query.invoice.books;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.common.ErrorCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month of the Bikram Sambat calendar a book covers ({@code 2082-08} is Mangsir 2082), with its AD days. */
public record BookMonth(int year, int month) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})");

    public BookMonth {
        new BsDate(year, month, 1);
    }

    /** The month asked for; anything else than a supported {@code YYYY-MM} is refused as a bad request. */
    static BookMonth parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("month is required, as a BS year and month: 2082-08", text);
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw invalid("month must be a BS year and month of the form 2082-08", text);
        }
        try {
            return new BookMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException outOfRange) {
            throw invalid("month must be a BS month from " + BsDate.MIN.year() + "-01 to " + BsDate.MAX.year()
                    + "-12: " + outOfRange.getMessage(), text);
        }
    }

    public BsDate firstDay() {
        return new BsDate(year, month, 1);
    }

    public BsDate lastDay() {
        return new BsDate(year, month, BsDate.monthLength(year, month));
    }

    /** The first AD day of the month. */
    public LocalDate from() {
        return firstDay().toGregorian();
    }

    /** The last AD day of the month, inclusive. */
    public LocalDate to() {
        return lastDay().toGregorian();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static ApiException invalid(String message, String text) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, message, List.of("month: " + text));
    }
}
