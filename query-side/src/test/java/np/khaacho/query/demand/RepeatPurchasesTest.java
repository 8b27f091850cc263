package np.khaacho.query.demand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a purchase is due again: a fifth past the usual days, and not long after three times them. */
class RepeatPurchasesTest {

    @Test
    void riceEveryTenDaysIsDueFromTwelveDaysToThirty() {
        assertThat(RepeatPurchases.isDue(10, 11)).isFalse();
        assertThat(RepeatPurchases.isDue(10, 12)).isTrue();
        assertThat(RepeatPurchases.isDue(10, 30)).isTrue();
        assertThat(RepeatPurchases.isDue(10, 31)).as("a product it stopped buying").isFalse();
    }

    @Test
    void aWeeklyPurchaseIsDueOnTheNinthDayAndADailyOneNever() {
        assertThat(RepeatPurchases.isDue(7, 8)).isFalse();
        assertThat(RepeatPurchases.isDue(7, 9)).isTrue();
        assertThat(RepeatPurchases.isDue(1, 5)).isFalse();
    }
}
