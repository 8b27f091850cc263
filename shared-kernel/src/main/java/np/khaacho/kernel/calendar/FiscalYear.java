package np.khaacho.kernel.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Nepal's fiscal year, from 1 Shrawan of its start year to the last day of Asar of the next, labelled "2082/83". */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final int FIRST_MONTH = BsMonth.SHRAWAN.number();
    private static final int LAST_MONTH = BsMonth.ASAR.number();
    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    public FiscalYear {
        if (startYear < BsTable.FIRST_YEAR - 1 || startYear > BsTable.LAST_YEAR) {
            throw new IllegalArgumentException("fiscal year " + startYear + " is outside the supported BS years "
                    + BsTable.FIRST_YEAR + " to " + BsTable.LAST_YEAR);
        }
    }

    public static FiscalYear of(BsDate date) {
        return new FiscalYear(date.month() >= FIRST_MONTH ? date.year() : date.year() - 1);
    }

    public static FiscalYear of(LocalDate date) {
        return of(BsDate.fromGregorian(date));
    }

    public static FiscalYear current() {
        return current(BsDate.NEPAL);
    }

    public static FiscalYear current(ZoneId zone) {
        return of(BsDate.today(zone));
    }

    /** "2082/83", also in Devanagari digits; the second part must be the last two digits of the year after. */
    @JsonCreator
    public static FiscalYear parse(String label) {
        if (label == null) {
            throw new IllegalArgumentException("no fiscal year given");
        }
        Matcher m = LABEL.matcher(Devanagari.latinDigits(label.strip()));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a fiscal year of the form 2082/83: " + label);
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("fiscal year " + label + " does not run into the year after "
                    + start + " (expected " + start + "/" + twoDigits(start + 1) + ")");
        }
        return new FiscalYear(start);
    }

    public int endYear() {
        return startYear + 1;
    }

    /** "2082/83"; "2099/00" at the turn of the century. */
    @JsonValue
    public String label() {
        return startYear + "/" + twoDigits(endYear());
    }

    public String label(Language language) {
        return language.digits(label());
    }

    public BsDate firstDay() {
        return new BsDate(startYear, FIRST_MONTH, 1);
    }

    public BsDate lastDay() {
        return new BsDate(endYear(), LAST_MONTH, BsDate.monthLength(endYear(), LAST_MONTH));
    }

    public LocalDate firstGregorianDay() {
        return firstDay().toGregorian();
    }

    public LocalDate lastGregorianDay() {
        return lastDay().toGregorian();
    }

    public boolean contains(BsDate date) {
        return of(date).equals(this);
    }

    public boolean contains(LocalDate date) {
        return contains(BsDate.fromGregorian(date));
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }

    private static String twoDigits(int year) {
        int last = year % 100;
        return last < 10 ? "0" + last : Integer.toString(last);
    }
}
