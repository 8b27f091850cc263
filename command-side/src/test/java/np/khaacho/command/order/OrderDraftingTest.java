package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.DomainExceptionMatchers.hasDetails;
import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.DISTANT_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.FLOUR;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.RICE;
import static np.khaacho.command.order.OrderingTermsMother.SUGAR;
import static np.khaacho.command.order.Orders.CONFIDENCE;
import static np.khaacho.command.order.Orders.LANGUAGE;
import static np.khaacho.command.order.Orders.MESSAGE_ID;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.draftCodOrder;
import static np.khaacho.command.order.Orders.draftOrder;
import static np.khaacho.command.order.Orders.drafted;
import static np.khaacho.command.order.Orders.draftedCodOrder;
import static np.khaacho.command.order.Orders.header;
import static np.khaacho.command.order.Orders.item;
import static np.khaacho.command.order.Orders.line;
import static np.khaacho.kernel.common.ErrorCode.BELOW_MIN_ORDER_AMOUNT;
import static np.khaacho.kernel.common.ErrorCode.NOT_FOUND;
import static np.khaacho.kernel.common.ErrorCode.OUTSIDE_DELIVERY_AREA;
import static np.khaacho.kernel.common.ErrorCode.PRODUCT_NOT_AVAILABLE;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;

class OrderDraftingTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void draftsOrderWithPricedLinesAndTheMessageItCameFrom() {
        fixture.givenNoPriorActivity()
                .when(draftCodOrder())
                .expectEvents(draftedCodOrder());
    }

    @Test
    void draftsInEnglishWhenTheMessageNamesNoLanguage() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(MESSAGE_ID, CONFIDENCE, null))
                .expectEvents(drafted(CONFIDENCE, "en"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "1", "1.000"})
    void draftsWithAnyConfidenceFromZeroToOneOrNone(BigDecimal confidence) {
        fixture.givenNoPriorActivity()
                .when(draftOrder(MESSAGE_ID, confidence, LANGUAGE))
                .expectEvents(drafted(confidence, LANGUAGE));
    }

    @Test
    void pricesTheDraftLikeAPlacement() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "0.503")))
                .expectEvents(new OrderDrafted(ORDER_ID, header(COD_BUYER),
                        List.of(line(RICE, "1", "2450.00"), line(LENTILS, "0.503", "83.00")),
                        Money.of("2533.00"), COD_BUYER.paymentTerms(), MESSAGE_ID, CONFIDENCE, LANGUAGE));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesDraftThatNamesNoMessage(String messageId) {
        fixture.givenNoPriorActivity()
                .when(draftOrder(messageId, CONFIDENCE, LANGUAGE))
                .expectNoEvents()
                .expectException(allOf(hasCode(VALIDATION_ERROR), hasDetails(contains(containsString("message")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01", "87"})
    void refusesConfidenceOutsideZeroToOne(BigDecimal confidence) {
        fixture.givenNoPriorActivity()
                .when(draftOrder(MESSAGE_ID, confidence, LANGUAGE))
                .expectNoEvents()
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains(containsString("confidence")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "", "nepali"})
    void refusesLanguageOtherThanEnglishOrNepali(String language) {
        fixture.givenNoPriorActivity()
                .when(draftOrder(MESSAGE_ID, CONFIDENCE, language))
                .expectNoEvents()
                .expectException(allOf(hasCode(VALIDATION_ERROR), hasDetails(contains(containsString("language")))));
    }

    @Test
    void listsProblemsOfTheMessageAndOfTheLinesAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new DraftOrder(ORDER_ID, header(COD_BUYER), List.of(item(RICE, "0"), item(LENTILS, "1")),
                        " ", new BigDecimal("2"), "fr"))
                .expectNoEvents()
                .expectException(allOf(hasCode(VALIDATION_ERROR), hasDetails(containsInAnyOrder(
                        containsString("message"),
                        containsString("confidence"),
                        containsString("language"),
                        containsString("RICE-JEERA-25: the quantity must be positive")))));
    }

    @Test
    void refusesDraftOfAProductThatCannotBeOrdered() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(COD_BUYER, item(RICE, "1"), item(SUGAR, "5")))
                .expectNoEvents()
                .expectException(allOf(hasCode(PRODUCT_NOT_AVAILABLE),
                        hasDetails(contains(containsString("SUGAR-1KG")))));
    }

    @Test
    void refusesDraftForABuyerOutsideTheDeliveryArea() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(DISTANT_BUYER, item(RICE, "1")))
                .expectNoEvents()
                .expectException(hasCode(OUTSIDE_DELIVERY_AREA));
    }

    @Test
    void refusesDraftBelowTheVendorsMinimumAmount() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(COD_BUYER, item(FLOUR, "1")))
                .expectNoEvents()
                .expectException(hasCode(BELOW_MIN_ORDER_AMOUNT));
    }

    @Test
    void refusesDraftForAnUnknownBuyer() {
        fixture.givenNoPriorActivity()
                .when(draftOrder(new BuyerTerms(BuyerId.of("buyer-nobody"),
                        "Kathmandu", COD_BUYER.paymentTerms()), item(RICE, "1")))
                .expectNoEvents()
                .expectException(hasCode(NOT_FOUND))
                .expectExceptionMessage(containsString("buyer-nobody"));
    }
}
