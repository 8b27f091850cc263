package np.khaacho.command.order;

import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.DELIVERY_DATE;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.confirm;
import static np.khaacho.command.order.Orders.confirmed;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderConfirmationTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void confirmsOrderAwaitingTheVendorForTheDeliveryDate() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirm())
                .expectEvents(confirmed());
    }

    @Test
    void ignoresRepeatedConfirmationForTheSameDate() {
        fixture.given(codOrderIn(OrderStatus.CONFIRMED))
                .when(confirm())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesReconfirmationForAnotherDate() {
        fixture.given(codOrderIn(OrderStatus.CONFIRMED))
                .when(new ConfirmOrder(ORDER_ID, DELIVERY_DATE.plusDays(1)))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("CONFIRMED"));
    }

    @Test
    void refusesConfirmationWithoutDeliveryDate() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new ConfirmOrder(ORDER_ID, null))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @Test
    void refusesConfirmationBeforeCreditAndStockAreHeld() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(confirm())
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("PLACED"));
    }

    @ParameterizedTest(name = "refuses confirmation of a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"AWAITING_VENDOR", "CONFIRMED"})
    void refusesConfirmationUnlessTheOrderAwaitsTheVendor(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(confirm())
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
