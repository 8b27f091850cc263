package np.khaacho.command.order;

import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.DUE_DATE;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.delivered;
import static np.khaacho.command.order.Orders.deliveredOnCredit;
import static np.khaacho.command.order.Orders.dispatchedCreditOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderDeliveryTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void deliversDispatchedCashOnDeliveryOrderWithoutDueDate() {
        fixture.given(codOrderIn(OrderStatus.DISPATCHED))
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(delivered());
    }

    @Test
    void deliversCreditOrderDueTheTermsDaysAfterTheDeliveryDay() {
        fixture.given(dispatchedCreditOrder())
                .andGivenCurrentTime(Instant.parse("2025-06-02T09:30:00Z"))
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(deliveredOnCredit(DUE_DATE));
    }

    @Test
    void countsTheDeliveryDayInKathmanduNotInUtc() {
        // 19:00 UTC on 2 June is already 00:45 on 3 June in Kathmandu
        fixture.given(dispatchedCreditOrder())
                .andGivenCurrentTime(Instant.parse("2025-06-02T19:00:00Z"))
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(deliveredOnCredit(DUE_DATE.plusDays(1)));
    }

    @ParameterizedTest(name = "ignores delivery of a {0} order")
    @EnumSource(names = {"DELIVERED", "PAID"})
    void ignoresRepeatedDeliveryEvenAfterPayment(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new DeliverOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "refuses delivery of a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"DISPATCHED", "DELIVERED", "PAID"})
    void refusesDeliveryOfOrderThatIsNotDispatched(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new DeliverOrder(ORDER_ID))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
