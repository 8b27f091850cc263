package np.khaacho.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The month lengths of the supported BS years, read once from bs-month-lengths.csv, and day counts from BS 2000-01-01. */
final class BsTable {

    static final LocalDate EPOCH = LocalDate.of(1943, 4, 14);
    static final int FIRST_YEAR;
    static final int LAST_YEAR;

    private static final String RESOURCE = "bs-month-lengths.csv";
    private static final int[][] LENGTHS;
    /** Days from the epoch to the first day of each month, (year - FIRST_YEAR) * 12 + month - 1; last entry: all days. */
    private static final int[] MONTH_STARTS;

    static {
        Rows rows = read();
        FIRST_YEAR = rows.firstYear();
        LENGTHS = rows.lengths();
        LAST_YEAR = FIRST_YEAR + LENGTHS.length - 1;
        MONTH_STARTS = new int[LENGTHS.length * 12 + 1];
        int days = 0;
        for (int y = 0; y < LENGTHS.length; y++) {
            for (int m = 0; m < 12; m++) {
                MONTH_STARTS[y * 12 + m] = days;
                days += LENGTHS[y][m];
            }
        }
        MONTH_STARTS[LENGTHS.length * 12] = days;
    }

    private BsTable() {
    }

    static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static int monthLength(int year, int month) {
        requireYear(year);
        return LENGTHS[year - FIRST_YEAR][BsMonth.of(month).ordinal()];
    }

    static int yearLength(int year) {
        requireYear(year);
        return Arrays.stream(LENGTHS[year - FIRST_YEAR]).sum();
    }

    static int totalDays() {
        return MONTH_STARTS[MONTH_STARTS.length - 1];
    }

    static int daysFromEpoch(int year, int month, int day) {
        return MONTH_STARTS[(year - FIRST_YEAR) * 12 + month - 1] + day - 1;
    }

    static BsDate dateAt(int daysFromEpoch) {
        if (daysFromEpoch < 0 || daysFromEpoch >= totalDays()) {
            throw new IllegalArgumentException("day " + daysFromEpoch + " from BS " + FIRST_YEAR
                    + "-01-01 is outside the supported BS years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        int found = Arrays.binarySearch(MONTH_STARTS, daysFromEpoch);
        int index = found >= 0 ? found : -found - 2;
        return new BsDate(FIRST_YEAR + index / 12, index % 12 + 1, daysFromEpoch - MONTH_STARTS[index] + 1);
    }

    static void requireYear(int year) {
        if (!supports(year)) {
            throw new IllegalArgumentException("BS year " + year + " is outside the supported years "
                    + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private record Rows(int firstYear, int[][] lengths) {
    }

    private static Rows read() {
        List<int[]> years = new ArrayList<>();
        int first = 0;
        try (InputStream in = BsTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the table of BS month lengths " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (years.isEmpty()) {
                    first = Integer.parseInt(line.split(",")[0].strip());
                }
                years.add(row(line, first + years.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (years.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no year");
        }
        return new Rows(first, years.toArray(int[][]::new));
    }

    private static int[] row(String line, int expectedYear) {
        String[] cells = line.split(",");
        if (cells.length != 13) {
            throw new IllegalStateException(RESOURCE + ": a year and 12 month lengths expected: " + line);
        }
        int year = Integer.parseInt(cells[0].strip());
        if (year != expectedYear) {
            throw new IllegalStateException(RESOURCE + ": BS " + expectedYear + " expected, found: " + line);
        }
        int[] lengths = new int[12];
        for (int m = 0; m < 12; m++) {
            lengths[m] = Integer.parseInt(cells[m + 1].strip());
            if (lengths[m] < 1) {
                throw new IllegalStateException(RESOURCE + ": a month of no days: " + line);
            }
        }
        return lengths;
    }
}
