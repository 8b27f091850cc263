package np.khaacho.kernel.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void theYearTurnsOnTheFirstOfShrawan() {
        assertThat(BsDate.monthLength(2082, 3)).isEqualTo(32);
        assertThat(FiscalYear.of(BsDate.parse("2082-03-32")).label()).isEqualTo("2081/82");
        assertThat(FiscalYear.of(BsDate.parse("2082-04-01")).label()).isEqualTo("2082/83");
        assertThat(FiscalYear.of(BsDate.parse("2082-12-30")).label()).isEqualTo("2082/83");
        assertThat(FiscalYear.of(BsDate.parse("2083-01-01")).label()).isEqualTo("2082/83");
        assertThat(FiscalYear.of(LocalDate.of(2025, 7, 17)).label()).isEqualTo("2082/83");
        assertThat(FiscalYear.of(LocalDate.of(2025, 7, 16)).label()).isEqualTo("2081/82");
    }

    @Test
    void firstAndLastDays() {
        FiscalYear year = FiscalYear.parse("2082/83");
        assertThat(year.firstDay()).isEqualTo(BsDate.parse("2082-04-01"));
        assertThat(year.lastDay()).isEqualTo(new BsDate(2083, 3, BsDate.monthLength(2083, 3)));
        assertThat(year.firstGregorianDay()).isEqualTo(LocalDate.of(2025, 7, 17));
        assertThat(year.lastGregorianDay()).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(year.contains(LocalDate.of(2026, 7, 16))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 7, 17))).isFalse();
        assertThat(year.contains(BsDate.parse("2082-03-32"))).isFalse();
    }

    @Test
    void everyFiscalYearFollowsTheOneBeforeWithoutAGap() {
        for (int start = BsDate.MIN.year(); start < BsDate.MAX.year(); start++) {
            FiscalYear year = new FiscalYear(start);
            assertThat(year.firstDay().month()).isEqualTo(4);
            assertThat(year.lastDay().month()).isEqualTo(3);
            long days = year.lastGregorianDay().toEpochDay() - year.firstGregorianDay().toEpochDay() + 1;
            assertThat(days).as(year.label()).isIn(365L, 366L);
            if (start + 1 < BsDate.MAX.year()) {
                assertThat(year.lastDay().plusDays(1)).isEqualTo(year.next().firstDay());
            }
        }
    }

    @Test
    void labelsAreParsedAndWritten() {
        assertThat(new FiscalYear(2082).label()).isEqualTo("2082/83");
        assertThat(new FiscalYear(2082)).hasToString("2082/83");
        assertThat(new FiscalYear(2099).label()).isEqualTo("2099/00");
        assertThat(new FiscalYear(2008).label()).isEqualTo("2008/09");
        assertThat(FiscalYear.parse("2099/00")).isEqualTo(new FiscalYear(2099));
        assertThat(FiscalYear.parse("2082/83")).isEqualTo(new FiscalYear(2082));
        assertThat(FiscalYear.parse("२०८२/८३")).isEqualTo(new FiscalYear(2082));
        assertThat(new FiscalYear(2082).label(Language.NE)).isEqualTo("२०८२/८३");
        assertThat(new FiscalYear(2082).next()).isEqualTo(new FiscalYear(2083));
        assertThat(new FiscalYear(2082).previous()).isEqualTo(new FiscalYear(2081));
    }

    @Test
    void labelsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> FiscalYear.parse("2082/84"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2082/83");
        assertThatThrownBy(() -> FiscalYear.parse("2099/99")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse("2082-83")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse("82/83")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalYear(1900)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysOutsideTheTableAreRefused() {
        assertThatThrownBy(() -> new FiscalYear(BsDate.MAX.year()).lastDay())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported years");
        assertThatThrownBy(() -> FiscalYear.of(LocalDate.of(1900, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void travelsInJsonAsItsLabel() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(new FiscalYear(2082))).isEqualTo("\"2082/83\"");
        assertThat(json.readValue("\"2082/83\"", FiscalYear.class)).isEqualTo(new FiscalYear(2082));
    }
}
