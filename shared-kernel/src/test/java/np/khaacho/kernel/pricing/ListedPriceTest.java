package np.khaacho.kernel.pricing;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.BuyerId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Which list and tier price a quantity for a buyer on a day, and a buyer's prices step by step. */
class ListedPriceTest {

    private static final BuyerId RETAIL = BuyerId.of("buyer-retail");
    private static final BuyerId LARGE = BuyerId.of("buyer-large");
    private static final BuyerId FAVOURED = BuyerId.of("buyer-favoured");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final ListedPrice BASE = list("base", PriceListKind.BASE, Set.of(), null, null,
            tier(1, "2350"), tier(10, "2280"));
    private static final ListedPrice WHOLESALE = list("wholesale", PriceListKind.GROUP, Set.of(LARGE, FAVOURED), null,
            null, tier(1, "2300"), tier(10, "2250"), tier(50, "2200"));
    private static final ListedPrice OWN = list("own", PriceListKind.BUYER, Set.of(FAVOURED),
            TODAY.minusDays(10), TODAY, tier(20, "2190"));

    @Test
    void aBuyerOutsideEveryGroupPaysTheBaseListByTier() {
        assertThat(price(RETAIL, 9)).contains(chosen("2350", BASE, 1));
        assertThat(price(RETAIL, 10)).contains(chosen("2280", BASE, 10));
        assertThat(price(RETAIL, 200)).contains(chosen("2280", BASE, 10));
    }

    @Test
    void aGroupsListComesBeforeTheBaseList() {
        assertThat(price(LARGE, 1)).contains(chosen("2300", WHOLESALE, 1));
        assertThat(price(LARGE, 49)).contains(chosen("2250", WHOLESALE, 10));
        assertThat(price(LARGE, 50)).contains(chosen("2200", WHOLESALE, 50));
    }

    @Test
    void aBuyersOwnListComesFirstFromItsFirstTierOn() {
        assertThat(price(FAVOURED, 19)).as("below the own list's first tier: the group's")
                .contains(chosen("2250", WHOLESALE, 10));
        assertThat(price(FAVOURED, 20)).contains(chosen("2190", OWN, 20));
        assertThat(price(FAVOURED, 60)).as("the own list, though the group's tier is lower")
                .contains(chosen("2190", OWN, 20));
    }

    @Test
    void aListPricesOnlyOnItsDays() {
        assertThat(ListedPrice.choose(all(), FAVOURED, Quantity.of(20), TODAY.plusDays(1)))
                .as("the day after the own list ends").contains(chosen("2250", WHOLESALE, 10));
        assertThat(ListedPrice.choose(all(), FAVOURED, Quantity.of(20), TODAY.minusDays(11)))
                .as("the day before it starts").contains(chosen("2250", WHOLESALE, 10));
        assertThat(ListedPrice.choose(all(), FAVOURED, Quantity.of(20), TODAY.minusDays(10))).as("its first day")
                .contains(chosen("2190", OWN, 20));
    }

    @Test
    void ofTwoGroupsTheLowerPriceAndNoListTheCatalogPrice() {
        ListedPrice festival = list("festival", PriceListKind.GROUP, Set.of(LARGE), null, null, tier(1, "2240"));
        assertThat(ListedPrice.choose(List.of(WHOLESALE, festival), LARGE, Quantity.of(5), TODAY))
                .contains(chosen("2240", festival, 1));
        assertThat(ListedPrice.choose(List.of(WHOLESALE, festival), LARGE, Quantity.of(60), TODAY))
                .contains(chosen("2200", WHOLESALE, 50));
        assertThat(ListedPrice.choose(List.of(WHOLESALE), RETAIL, Quantity.of(5), TODAY)).isEmpty();
    }

    @Test
    void theScheduleStepsWhereAPriceChanges() {
        List<ListedPrice.Step> steps = ListedPrice.schedule(all(), FAVOURED, TODAY, Money.of(2400), Quantity.of(2));
        assertThat(steps).extracting(step -> step.from().value().intValue(), step -> step.price().amount().toPlainString(),
                        step -> step.pricedBy().listName())
                .containsExactly(
                        tuple(2, "2300.00", "wholesale"),
                        tuple(10, "2250.00", "wholesale"),
                        tuple(20, "2190.00", "own"));
        assertThat(ListedPrice.schedule(List.of(WHOLESALE), RETAIL, TODAY, Money.of(2400), Quantity.of(1)))
                .singleElement().satisfies(step -> {
                    assertThat(step.price()).isEqualTo(Money.of(2400));
                    assertThat(step.pricedBy()).isNull();
                });
    }

    private static Optional<ListedPrice.Chosen> price(BuyerId buyer, int quantity) {
        return ListedPrice.choose(all(), buyer, Quantity.of(quantity), TODAY);
    }

    private static List<ListedPrice> all() {
        return List.of(BASE, WHOLESALE, OWN);
    }

    private static ListedPrice.Chosen chosen(String price, ListedPrice list, int tierFrom) {
        return new ListedPrice.Chosen(Money.of(price),
                new PricedBy(list.priceListId(), list.listName(), list.kind(), Quantity.of(tierFrom)));
    }

    private static ListedPrice list(String name, PriceListKind kind, Set<BuyerId> buyers, LocalDate from,
                                    LocalDate until, PriceTier... tiers) {
        return new ListedPrice(PriceListId.of("pricelist-" + name), name, kind, buyers, from, until, List.of(tiers));
    }

    private static PriceTier tier(int from, String price) {
        return new PriceTier(Quantity.of(from), Money.of(price));
    }
}
