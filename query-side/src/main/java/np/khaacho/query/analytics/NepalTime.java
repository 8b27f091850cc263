package np.khaacho.query.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The analytics count days as Nepal lives them (Asia/Kathmandu, UTC+05:45), not as the server's clock does. */
final class NepalTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Kathmandu");

    private NepalTime() {
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
