package np.khaacho.query.order;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * {@code khaacho.orders.vendor.overdue}: orders still awaiting their vendor five minutes after the time to
 * answer ran out, when the reminder or the expiry should long have moved them. Read at most every few
 * seconds, whatever the scrapes.
 */
@Component
class OverdueVendorAnswers {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private volatile long count;
    private volatile long readAt;

    OverdueVendorAnswers(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("khaacho.orders.vendor.overdue", this, OverdueVendorAnswers::count)
                .description("orders awaiting their vendor past the time to answer").register(meters);
    }

    private double count() {
        long now = System.nanoTime();
        if (readAt == 0 || now - readAt > FRESH_FOR.toNanos()) {
            Long overdue = jdbc.queryForObject("""
                    SELECT count(*) FROM read_model.orders
                    WHERE status = 'AWAITING_VENDOR' AND respond_by < now() - interval '5 minutes'""", Long.class);
            count = overdue == null ? 0 : overdue;
            readAt = now;
        }
        return count;
    }
}
