package np.khaacho.kernel.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day of Nepal's Bikram Sambat calendar, converted to and from the Gregorian calendar by a table of month lengths. */
public record BsDate(int year, int month, int day) implements Comparable<BsDate> {

    public static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    public static final BsDate MIN = new BsDate(BsTable.FIRST_YEAR, 1, 1);
    public static final BsDate MAX = new BsDate(BsTable.LAST_YEAR, 12, BsTable.monthLength(BsTable.LAST_YEAR, 12));

    private static final Pattern FORM = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    public BsDate {
        BsTable.requireYear(year);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a BS month is 1 to 12, not " + month + " (in " + year + "-" + month + "-" + day + ")");
        }
        int length = BsTable.monthLength(year, month);
        if (day < 1 || day > length) {
            throw new IllegalArgumentException(BsMonth.of(month).english() + " " + year + " has days 1 to " + length
                    + ", not " + day);
        }
    }

    public static BsDate fromGregorian(LocalDate date) {
        long days = date.toEpochDay() - BsTable.EPOCH.toEpochDay();
        if (days < 0 || days >= BsTable.totalDays()) {
            throw new IllegalArgumentException("AD " + date + " is outside the supported days, AD " + firstSupported()
                    + " (BS " + MIN + ") to AD " + lastSupported() + " (BS " + MAX + ")");
        }
        return BsTable.dateAt((int) days);
    }

    public static BsDate today() {
        return today(NEPAL);
    }

    public static BsDate today(ZoneId zone) {
        return fromGregorian(LocalDate.now(zone));
    }

    /** "2082-04-01"; also "2082/4/1" and the same in Devanagari digits. */
    @JsonCreator
    public static BsDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no BS date given");
        }
        Matcher m = FORM.matcher(Devanagari.latinDigits(text.strip()));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a BS date of the form 2082-04-01: " + text);
        }
        return new BsDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public static int monthLength(int year, int month) {
        return BsTable.monthLength(year, month);
    }

    public static int yearLength(int year) {
        return BsTable.yearLength(year);
    }

    public static LocalDate firstSupported() {
        return BsTable.EPOCH;
    }

    public static LocalDate lastSupported() {
        return BsTable.EPOCH.plusDays(BsTable.totalDays() - 1L);
    }

    public LocalDate toGregorian() {
        return BsTable.EPOCH.plusDays(daysFromEpoch());
    }

    public BsDate plusDays(long days) {
        long target = daysFromEpoch() + days;
        if (target < 0 || target >= BsTable.totalDays()) {
            throw new IllegalArgumentException("BS " + this + " plus " + days + " days is outside the supported days, BS "
                    + MIN + " to BS " + MAX);
        }
        return BsTable.dateAt((int) target);
    }

    public BsDate minusDays(long days) {
        return plusDays(-days);
    }

    public BsMonth bsMonth() {
        return BsMonth.of(month);
    }

    public boolean isBefore(BsDate other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(BsDate other) {
        return compareTo(other) > 0;
    }

    /** EN "2082-04-01", NE "२०८२-०४-०१". */
    public String format(Language language) {
        return language.digits(toString());
    }

    /** EN "1 Shrawan 2082", NE "१ साउन २०८२". */
    public String longForm(Language language) {
        return language.digits(day + " " + bsMonth().displayName(language) + " " + year);
    }

    @Override
    public int compareTo(BsDate other) {
        return Integer.compare(daysFromEpoch(), other.daysFromEpoch());
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private int daysFromEpoch() {
        return BsTable.daysFromEpoch(year, month, day);
    }
}
