package np.khaacho.kernel.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month of a Bikram Sambat year, e.g. 2082-08 (Mangsir 2082): the period of a monthly statement. */
public record BsYearMonth(int year, int month) implements Comparable<BsYearMonth> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})[-/](\\d{1,2})");

    public BsYearMonth {
        new BsDate(year, month, 1);
    }

    public static BsYearMonth of(BsDate date) {
        return new BsYearMonth(date.year(), date.month());
    }

    /** The BS month a Gregorian day falls in. */
    public static BsYearMonth of(LocalDate date) {
        return of(BsDate.fromGregorian(date));
    }

    /** "2082-08", also "2082/8" and the same in Devanagari digits. */
    @JsonCreator
    public static BsYearMonth parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no BS month given");
        }
        Matcher m = FORM.matcher(Devanagari.latinDigits(text.strip()));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a BS month of the form 2082-08: " + text);
        }
        return new BsYearMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public BsDate first() {
        return new BsDate(year, month, 1);
    }

    public BsDate last() {
        return new BsDate(year, month, BsDate.monthLength(year, month));
    }

    /** The Gregorian day the month starts on. */
    public LocalDate start() {
        return first().toGregorian();
    }

    /** The Gregorian day after the month's last, where the next month starts. */
    public LocalDate end() {
        return last().toGregorian().plusDays(1);
    }

    public BsYearMonth minusMonths(int months) {
        int index = year * 12 + (month - 1) - months;
        return new BsYearMonth(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    public BsYearMonth previous() {
        return minusMonths(1);
    }

    public BsMonth bsMonth() {
        return BsMonth.of(month);
    }

    /** EN "Mangsir 2082", NE "मंसिर २०८२". */
    public String displayName(Language language) {
        return language.digits(bsMonth().displayName(language) + " " + year);
    }

    @Override
    public int compareTo(BsYearMonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
