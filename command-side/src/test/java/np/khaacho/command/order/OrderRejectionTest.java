package np.khaacho.command.order;

import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.RejectOrder;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.REJECTION_REASON;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.rejected;
import static np.khaacho.command.order.Orders.withEveryLineLost;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderRejectionTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void rejectsOrderAwaitingTheVendorWithTheVendorsReason() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new RejectOrder(ORDER_ID, REJECTION_REASON))
                .expectEvents(withEveryLineLost(rejected(), LostDemandCause.REJECTED_BY_VENDOR));
    }

    @Test
    void ignoresRepeatedRejection() {
        fixture.given(codOrderIn(OrderStatus.REJECTED))
                .when(new RejectOrder(ORDER_ID, "Still out of stock"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesRejectionWithoutReason(String reason) {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new RejectOrder(ORDER_ID, reason))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @Test
    void refusesRejectionBeforeCreditAndStockAreHeld() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(new RejectOrder(ORDER_ID, REJECTION_REASON))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("PLACED"));
    }

    @ParameterizedTest(name = "refuses rejection of a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"AWAITING_VENDOR", "REJECTED"})
    void refusesRejectionUnlessTheOrderAwaitsTheVendor(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new RejectOrder(ORDER_ID, REJECTION_REASON))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
