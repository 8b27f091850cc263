package np.khaacho.command.order;

import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.CANCELLATION_REASON;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.cancelled;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

class OrderCancellationTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void buyerCancelsPlacedOrder() {
        fixture.given(placedCodOrder())
                .when(cancel(CancelledBy.BUYER))
                .expectEvents(cancelled(CancelledBy.BUYER, OrderStatus.PLACED));
    }

    @ParameterizedTest(name = "refuses buyer cancellation of a {0} order")
    @EnumSource(names = {"CONFIRMED", "DISPATCHED", "DELIVERED", "PAID", "REJECTED"})
    void refusesBuyerCancellationOnceTheVendorHasAnswered(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(CancelledBy.BUYER))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(allOf(containsString("BUYER"), containsString(status.name())));
    }

    @ParameterizedTest(name = "{0} cancels a {1} order")
    @CsvSource({
            "ADMIN, PLACED", "ADMIN, CONFIRMED", "ADMIN, DISPATCHED",
            "SYSTEM, PLACED", "SYSTEM, CONFIRMED", "SYSTEM, DISPATCHED"})
    void staffCancelsOrderUntilItIsDelivered(CancelledBy cancelledBy, OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(cancelledBy))
                .expectEvents(cancelled(cancelledBy, status));
    }

    @ParameterizedTest(name = "{0} may not cancel a {1} order")
    @CsvSource({
            "ADMIN, DELIVERED", "ADMIN, PAID", "ADMIN, REJECTED",
            "SYSTEM, DELIVERED", "SYSTEM, PAID", "SYSTEM, REJECTED"})
    void refusesStaffCancellationAfterDeliveryOrRejection(CancelledBy cancelledBy, OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(cancelledBy))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }

    @ParameterizedTest
    @EnumSource(CancelledBy.class)
    void ignoresRepeatedCancellation(CancelledBy cancelledBy) {
        fixture.given(codOrderIn(OrderStatus.CANCELLED))
                .when(cancel(cancelledBy))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesCancellationThatDoesNotSayWhoCancels() {
        fixture.given(placedCodOrder())
                .when(new CancelOrder(ORDER_ID, null, CANCELLATION_REASON))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    private static CancelOrder cancel(CancelledBy cancelledBy) {
        return new CancelOrder(ORDER_ID, cancelledBy, CANCELLATION_REASON);
    }
}
