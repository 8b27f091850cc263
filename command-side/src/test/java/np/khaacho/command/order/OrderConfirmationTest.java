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
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;

class OrderConfirmationTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void confirmsPlacedOrderForTheDeliveryDate() {
        fixture.given(placedCodOrder())
                .when(confirm())
                .expectEvents(confirmed());
    }

    @Test
    void ignoresRepeatedConfirmationForTheSameDate() {
        fixture.given(placedCodOrder(), confirmed())
                .when(confirm())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesReconfirmationForAnotherDate() {
        fixture.given(placedCodOrder(), confirmed())
                .when(new ConfirmOrder(ORDER_ID, DELIVERY_DATE.plusDays(1)))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("CONFIRMED"));
    }

    @Test
    void refusesConfirmationWithoutDeliveryDate() {
        fixture.given(placedCodOrder())
                .when(new ConfirmOrder(ORDER_ID, null))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest(name = "refuses confirmation of a {0} order")
    @EnumSource(names = {"DISPATCHED", "DELIVERED", "PAID", "REJECTED", "CANCELLED"})
    void refusesConfirmationOnceTheVendorNoLongerDecides(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(confirm())
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
