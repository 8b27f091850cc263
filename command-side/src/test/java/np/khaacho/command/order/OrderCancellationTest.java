package np.khaacho.command.order;

import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.stream.Stream;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.CANCELLATION_REASON;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.cancelled;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR;
import static np.khaacho.kernel.order.OrderStatus.CANCELLED;
import static np.khaacho.kernel.order.OrderStatus.CONFIRMED;
import static np.khaacho.kernel.order.OrderStatus.DISPATCHED;
import static np.khaacho.kernel.order.OrderStatus.PLACED;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderCancellationTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @ParameterizedTest(name = "the buyer cancels a {0} order")
    @EnumSource(names = {"PLACED", "AWAITING_VENDOR"})
    void buyerCancelsOrderUntilTheVendorAnswers(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(CancelledBy.BUYER))
                .expectEvents(cancelled(CancelledBy.BUYER, status));
    }

    @ParameterizedTest(name = "refuses buyer cancellation of a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"PLACED", "AWAITING_VENDOR", "CANCELLED"})
    void refusesBuyerCancellationOnceTheVendorHasAnsweredOrTheOrderIsNotPlaced(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(CancelledBy.BUYER))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(allOf(containsString("BUYER"), containsString(status.name())));
    }

    @ParameterizedTest(name = "{0} cancels a {1} order")
    @CsvSource({
            "ADMIN, PLACED", "ADMIN, AWAITING_VENDOR", "ADMIN, CONFIRMED", "ADMIN, DISPATCHED",
            "SYSTEM, PLACED", "SYSTEM, AWAITING_VENDOR", "SYSTEM, CONFIRMED", "SYSTEM, DISPATCHED"})
    void staffCancelsOrderUntilItIsDelivered(CancelledBy cancelledBy, OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(cancelledBy))
                .expectEvents(cancelled(cancelledBy, status));
    }

    static Stream<Arguments> staffAndTheStatesTheyMayNotCancelIn() {
        EnumSet<OrderStatus> refused = EnumSet.complementOf(
                EnumSet.of(PLACED, AWAITING_VENDOR, CONFIRMED, DISPATCHED, CANCELLED));
        return Stream.of(CancelledBy.ADMIN, CancelledBy.SYSTEM)
                .flatMap(staff -> refused.stream().map(status -> Arguments.of(staff, status)));
    }

    @ParameterizedTest(name = "{0} may not cancel a {1} order")
    @MethodSource("staffAndTheStatesTheyMayNotCancelIn")
    void refusesStaffCancellationOfDraftsAndOfOrdersThatEnded(CancelledBy cancelledBy, OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(cancel(cancelledBy))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }

    @ParameterizedTest
    @EnumSource(CancelledBy.class)
    void ignoresRepeatedCancellation(CancelledBy cancelledBy) {
        fixture.given(codOrderIn(CANCELLED))
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
