package np.khaacho.command.order;

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
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.command.order.Orders.rejected;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;

class OrderRejectionTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void rejectsPlacedOrderWithTheVendorsReason() {
        fixture.given(placedCodOrder())
                .when(new RejectOrder(ORDER_ID, REJECTION_REASON))
                .expectEvents(rejected());
    }

    @Test
    void ignoresRepeatedRejection() {
        fixture.given(placedCodOrder(), rejected())
                .when(new RejectOrder(ORDER_ID, "Still out of stock"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesRejectionWithoutReason(String reason) {
        fixture.given(placedCodOrder())
                .when(new RejectOrder(ORDER_ID, reason))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest(name = "refuses rejection of a {0} order")
    @EnumSource(names = {"CONFIRMED", "DISPATCHED", "DELIVERED", "PAID", "CANCELLED"})
    void refusesRejectionOnceTheVendorNoLongerDecides(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new RejectOrder(ORDER_ID, REJECTION_REASON))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
