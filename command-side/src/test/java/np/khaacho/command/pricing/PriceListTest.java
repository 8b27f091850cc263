package np.khaacho.command.pricing;

import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ChangePriceListTerms;
import np.khaacho.kernel.pricing.CreatePriceList;
import np.khaacho.kernel.pricing.ListPriceSet;
import np.khaacho.kernel.pricing.PriceListCreated;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceListTermsChanged;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.pricing.SetListPrice;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static np.khaacho.command.Refusals.namingFields;
import static np.khaacho.command.Refusals.refusedWith;

/** A vendor's price list: whom it prices for and when, each change of a price an event with what it was. */
class PriceListTest {

    private static final PriceListId LIST = PriceListId.of("pricelist-wholesale");
    private static final VendorId VENDOR = VendorId.of("vendor-annapurna");
    private static final BuyerId SHRESTHA = BuyerId.of("buyer-shrestha");
    private static final BuyerId ADHIKARI = BuyerId.of("buyer-adhikari");
    private static final ProductId RICE = ProductId.of("product-rice");
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 31);
    private static final List<PriceTier> TIERS = List.of(tier(1, "2350"), tier(10, "2280"));

    private AggregateTestFixture<PriceList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PriceList.class);
    }

    @Test
    void aGroupListNamesItsBuyersOnceEachInOrder() {
        fixture.givenNoPriorActivity()
                .when(new CreatePriceList(LIST, VENDOR, " wholesale-large ", PriceListKind.GROUP,
                        List.of(SHRESTHA, ADHIKARI, SHRESTHA), FROM, UNTIL))
                .expectEvents(created());
    }

    @Test
    void refusesAListEndingBeforeItStartsABaseListNamingBuyersAndABuyersListOfTwo() {
        fixture.givenNoPriorActivity()
                .when(new CreatePriceList(LIST, VENDOR, "", PriceListKind.BASE, List.of(SHRESTHA), UNTIL, FROM))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                .expectException(namingFields("name", "validUntil", "buyers"));
        fixture.givenNoPriorActivity()
                .when(new CreatePriceList(LIST, VENDOR, "Shrestha", PriceListKind.BUYER, List.of(SHRESTHA, ADHIKARI),
                        null, null))
                .expectNoEvents()
                .expectException(namingFields("buyers"));
    }

    @Test
    void aPriceChangeCarriesThePriceBefore() {
        List<PriceTier> cheaper = List.of(tier(1, "2300"), tier(10, "2250"), tier(50, "2200"));
        fixture.given(created(), new ListPriceSet(LIST, VENDOR, RICE, List.of(), TIERS))
                .when(new SetListPrice(LIST, RICE, cheaper))
                .expectEvents(new ListPriceSet(LIST, VENDOR, RICE, TIERS, cheaper));
    }

    @Test
    void theSamePriceAgainChangesNothingAndNoTiersTakeTheProductOff() {
        fixture.given(created(), new ListPriceSet(LIST, VENDOR, RICE, List.of(), TIERS))
                .when(new SetListPrice(LIST, RICE, TIERS))
                .expectNoEvents();
        fixture.given(created(), new ListPriceSet(LIST, VENDOR, RICE, List.of(), TIERS))
                .when(new SetListPrice(LIST, RICE, List.of()))
                .expectEvents(new ListPriceSet(LIST, VENDOR, RICE, TIERS, List.of()));
    }

    @Test
    void refusesTiersOutOfOrderOrWithoutAPrice() {
        fixture.given(created())
                .when(new SetListPrice(LIST, RICE, List.of(tier(10, "2280"), tier(10, "2270"), tier(20, "0"))))
                .expectNoEvents()
                .expectException(namingFields("tiers[1].from", "tiers[2].price"));
    }

    @Test
    void changesItsTermsButNotForNothing() {
        fixture.given(created())
                .when(new ChangePriceListTerms(LIST, "wholesale-large", List.of(ADHIKARI), FROM, null))
                .expectEvents(new PriceListTermsChanged(LIST, VENDOR, "wholesale-large", List.of(ADHIKARI), FROM, null));
        fixture.given(created())
                .when(new ChangePriceListTerms(LIST, "wholesale-large", List.of(SHRESTHA, ADHIKARI), FROM, UNTIL))
                .expectNoEvents();
    }

    private static PriceListCreated created() {
        return new PriceListCreated(LIST, VENDOR, "wholesale-large", PriceListKind.GROUP, List.of(ADHIKARI, SHRESTHA),
                FROM, UNTIL);
    }

    private static PriceTier tier(int from, String price) {
        return new PriceTier(Quantity.of(from), Money.of(price));
    }
}
