package np.khaacho.command.order;

import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.RemindVendor;
import np.khaacho.kernel.order.VendorReminded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.RESPOND_BY;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderVendorReminderTest {

    private static final Instant NEW_RESPOND_BY = RESPOND_BY.plus(Duration.ofHours(4));
    private static final VendorReminded REMINDED = new VendorReminded(ORDER_ID, HIMALAYAN_TRADERS.vendorId(),
            NEW_RESPOND_BY);

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void remindsTheVendorWithANewTimeToAnswerBy() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new RemindVendor(ORDER_ID, NEW_RESPOND_BY))
                .expectEvents(REMINDED);
    }

    @Test
    void remindsTheVendorOnlyOnce() {
        List<Object> reminded = new ArrayList<>(codOrderIn(OrderStatus.AWAITING_VENDOR));
        reminded.add(REMINDED);

        fixture.given(reminded)
                .when(new RemindVendor(ORDER_ID, NEW_RESPOND_BY.plus(Duration.ofHours(4))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "no reminder for a {0} order")
    @EnumSource(mode = EXCLUDE, names = "AWAITING_VENDOR")
    void remindsNobodyOnceTheVendorHasAnsweredOrTheOrderEnded(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new RemindVendor(ORDER_ID, NEW_RESPOND_BY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesReminderWithoutATimeToAnswerBy() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new RemindVendor(ORDER_ID, null))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR));
    }
}
