package np.khaacho.command.order;

import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.DeclineOrder;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.Orders.DECLINE_DETAILS;
import static np.khaacho.command.order.Orders.DECLINE_MESSAGE;
import static np.khaacho.command.order.Orders.DECLINE_REASON;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.declined;
import static np.khaacho.command.order.Orders.withEveryLineLost;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderDeclineTest {

    private static final DeclineOrder DECLINE = new DeclineOrder(ORDER_ID, DECLINE_REASON, DECLINE_MESSAGE,
            DECLINE_DETAILS);

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void declinesPlacedOrderWithTheReasonAndItsDetails() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(DECLINE)
                .expectEvents(withEveryLineLost(declined(), LostDemandCause.OUT_OF_STOCK));
    }

    @Test
    void declinesWithNoDetailsAsAnEmptyList() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(new DeclineOrder(ORDER_ID, "CREDIT_DECLINED", "the buyer has no credit account", null))
                .expectEvents(withEveryLineLost(new OrderDeclined(ORDER_ID, COD_BUYER.buyerId(),
                        HIMALAYAN_TRADERS.vendorId(), "CREDIT_DECLINED", "the buyer has no credit account", List.of()),
                        LostDemandCause.CREDIT_DECLINED));
    }

    @Test
    void ignoresRepeatedDecline() {
        fixture.given(codOrderIn(OrderStatus.DECLINED))
                .when(DECLINE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesDeclineWithoutReason(String reason) {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(new DeclineOrder(ORDER_ID, reason, DECLINE_MESSAGE, DECLINE_DETAILS))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest(name = "refuses to decline a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"PLACED", "DECLINED"})
    void refusesDeclineUnlessTheOrderIsPlaced(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(DECLINE)
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
