package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PlaceDraftedOrder;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.RICE;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.discarded;
import static np.khaacho.command.order.Orders.draftedCodOrder;
import static np.khaacho.command.order.Orders.expired;
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderDraftPlacementTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void placesDraftWithExactlyTheDraftedLinesTotalAndTerms() {
        fixture.given(draftedCodOrder())
                .when(new PlaceDraftedOrder(ORDER_ID))
                .expectEvents(placedCodOrder());
    }

    @Test
    void placesDraftAtThePricesTheBuyerWasShownEvenIfTheyChangedSince() {
        ProductTerms dearerRice = new ProductTerms(RICE.productId(), RICE.vendorId(), RICE.sku(), RICE.name(),
                RICE.unit(), Money.of("2600.00"), RICE.minOrderQuantity(), RICE.status());

        OrderFixtures.withTerms(OrderingTermsMother.withCatalog(List.of(dearerRice, LENTILS)))
                .given(draftedCodOrder())
                .when(new PlaceDraftedOrder(ORDER_ID))
                .expectEvents(placedCodOrder());
    }

    @ParameterizedTest(name = "a {0} order is already placed: confirming again changes nothing")
    @EnumSource(mode = EXCLUDE, names = {"DRAFTED", "DISCARDED", "EXPIRED"})
    void ignoresConfirmationOfAnOrderThatIsAlreadyPlaced(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new PlaceDraftedOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresRepeatedConfirmationOfADraft() {
        fixture.given(draftedCodOrder(), placedCodOrder())
                .when(new PlaceDraftedOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static Stream<Arguments> ordersThatCanNoLongerBePlaced() {
        return Stream.of(
                Arguments.of("discarded draft", List.of(draftedCodOrder(), discarded()), OrderStatus.DISCARDED),
                Arguments.of("expired draft", List.of(draftedCodOrder(), expired(OrderStatus.DRAFTED)),
                        OrderStatus.EXPIRED),
                Arguments.of("order expired awaiting the vendor", codOrderIn(OrderStatus.EXPIRED), OrderStatus.EXPIRED));
    }

    @ParameterizedTest(name = "refuses to place a {0}")
    @MethodSource("ordersThatCanNoLongerBePlaced")
    void refusesToPlaceADraftThatWasDiscardedOrExpired(String what, List<Object> history, OrderStatus status) {
        fixture.given(history)
                .when(new PlaceDraftedOrder(ORDER_ID))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
