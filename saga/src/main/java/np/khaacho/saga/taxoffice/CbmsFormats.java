package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.FiscalYear;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How CBMS writes what a report names: the fiscal year 2082/83 as {@code 2082.083}, a Bikram Sambat date
 * as {@code 2082.08.17}, the moment of sending as an ISO date and time in Nepal. (The forms of the IRD's
 * CBMS API as integrators publish it, e.g. {@code "fiscal_year": "2073.074"}, {@code "invoice_date": "2074.07.06"}.)
 */
final class CbmsFormats {

    private static final DateTimeFormatter CLIENT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private CbmsFormats() {
    }

    static String fiscalYear(String label) {
        FiscalYear year = FiscalYear.parse(label);
        return String.format(Locale.ROOT, "%04d.%03d", year.startYear(), year.endYear() % 1000);
    }

    static String date(BsDate date) {
        return String.format(Locale.ROOT, "%04d.%02d.%02d", date.year(), date.month(), date.day());
    }

    static String clientTime(LocalDateTime nepalTime) {
        return CLIENT_TIME.format(nepalTime);
    }
}
