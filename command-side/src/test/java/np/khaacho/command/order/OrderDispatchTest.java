package np.khaacho.command.order;

import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.dispatched;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderDispatchTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void dispatchesConfirmedOrderWithItsLines() {
        fixture.given(codOrderIn(OrderStatus.CONFIRMED))
                .when(new DispatchOrder(ORDER_ID))
                .expectEvents(dispatched());
    }

    @Test
    void ignoresRepeatedDispatch() {
        fixture.given(codOrderIn(OrderStatus.DISPATCHED))
                .when(new DispatchOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "refuses dispatch of a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"CONFIRMED", "DISPATCHED"})
    void refusesDispatchOfOrderThatIsNotConfirmed(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new DispatchOrder(ORDER_ID))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
