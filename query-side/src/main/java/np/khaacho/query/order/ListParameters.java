package np.khaacho.query.order;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/** Reads the filters of the order lists; days are Nepal's (Asia/Kathmandu), {@code to} included. */
final class ListParameters {

    static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private ListParameters() {
    }

    static OrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status must be one of " + Arrays.toString(OrderStatus.values()));
        }
    }

    /** The first instant of the day, in Nepal. */
    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(NEPAL).toInstant();
    }

    /** The first instant after the day, in Nepal. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(NEPAL).toInstant();
    }

    static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from must not be after to");
        }
    }
}
