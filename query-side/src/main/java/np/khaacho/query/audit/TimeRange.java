package np.khaacho.query.audit;

import np.khaacho.kernel.api.ApiException;

import java.time.Duration;
import java.time.Instant;

/** A bounded period of the event store to export: from (inclusive) to (exclusive), at most {@link #MAX} long. */
record TimeRange(Instant from, Instant to) {

    /** Keeps one export a bounded amount of work; a longer period is exported in several parts. */
    static final Duration MAX = Duration.ofDays(31);

    static TimeRange of(String from, String to) {
        Instant start = Instants.required("from", from);
        Instant end = Instants.required("to", to);
        if (!start.isBefore(end)) {
            throw ApiException.invalid("from must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX) > 0) {
            throw ApiException.invalid("a time range may span at most " + MAX.toDays() + " days");
        }
        return new TimeRange(start, end);
    }
}
