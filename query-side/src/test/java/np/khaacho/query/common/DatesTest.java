package np.khaacho.query.common;

import np.khaacho.kernel.api.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTest {

    @Test
    void daysFrom2000To9999AreTakenAndOthersRefused() {
        assertThat(Dates.day("from", " 2026-11-25 ")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(Dates.day("from", "2000-01-01")).isEqualTo(Dates.FIRST_DAY);
        assertThat(Dates.day("to", "9999-12-31")).isEqualTo(Dates.LAST_DAY);
        assertThat(Dates.day("to", " ")).isNull();
        for (String refused : new String[]{"1999-12-31", "-999999999-01-01", "+10000-01-01", "2026-02-30", "soon"}) {
            assertThatThrownBy(() -> Dates.day("to", refused)).as(refused).isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("to must");
        }
    }

    @Test
    void instantsOutsideThoseDaysAreRefused() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(Dates.within("asOf", now, "2026-11-25T10:00:00Z")).isEqualTo(now);
        assertThatThrownBy(() -> Dates.within("asOf", Instant.parse("1999-12-31T23:59:59Z"), "x"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Dates.within("asOf", Instant.parse("+10000-01-01T00:00:00Z"), "x"))
                .isInstanceOf(ApiException.class);
    }
}
