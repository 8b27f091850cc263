package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.LineChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How amounts, dates, times and lists read in a message, whatever its language. */
final class Formats {

    /** Buyers and vendors read times on a Nepali clock, whatever zone the server runs in. */
    static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** A detail such as CREDIT_LIMIT_EXCEEDED is for machines; the reason message already says it in words. */
    private static final Pattern MACHINE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Formats() {
    }

    /** 7297.5 reads "7,297.50": thousands grouped, always two decimals. */
    static String amount(Money money) {
        return String.format(Locale.ROOT, "%,.2f", money.amount());
    }

    /** "1 Dec 2026". */
    static String dayMonthYear(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /** "25 Nov 2026, 19:45" on the Nepali clock. */
    static String dayMonthYearTime(Instant instant) {
        return DAY_MONTH_YEAR_TIME.format(instant.atZone(NEPAL));
    }

    /** "2026-12-01": months by number read the same to everyone. */
    static String isoDate(LocalDate date) {
        return date.toString();
    }

    /** "2026-11-25 19:45" on the Nepali clock. */
    static String isoDateTime(Instant instant) {
        return ISO_DATE_TIME.format(instant.atZone(NEPAL));
    }

    /** The details a person can read, one bullet a line, each on its own line after the text. */
    static String bullets(List<String> details) {
        if (details == null) {
            return "";
        }
        return details.stream().filter(detail -> detail != null && !detail.isBlank())
                .filter(detail -> !MACHINE_CODE.matcher(detail).matches())
                .map(detail -> "\n• " + detail)
                .collect(Collectors.joining());
    }

    /** One line a change: "Masoor Dal: 1.5 → 1", or the word for dropped when nothing is left. */
    static String changes(List<LineChange> changes, String dropped) {
        Function<LineChange, String> line = change -> "\n• " + (change.name() != null ? change.name() : change.sku())
                + ": " + change.previousQuantity() + " → "
                + (change.quantity().isZero() ? dropped : change.quantity().toString());
        return changes.stream().map(line).collect(Collectors.joining());
    }

    /** Appends " Label: text" only when there is a text, so a missing reason leaves no empty label. */
    static String labelled(String label, String text) {
        return text == null || text.isBlank() ? "" : " " + label + ": " + text;
    }
}
