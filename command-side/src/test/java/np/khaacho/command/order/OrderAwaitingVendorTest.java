package np.khaacho.command.order;

import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.RESPOND_BY;
import static np.khaacho.command.order.Orders.awaitingVendor;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.placedCreditOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderAwaitingVendorTest {

    private static final MarkOrderAwaitingVendor MARK = new MarkOrderAwaitingVendor(ORDER_ID, RESPOND_BY);

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void asksTheVendorToAnswerByTheGivenTime() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(MARK)
                .expectEvents(awaitingVendor());
    }

    @Test
    void tellsTheVendorTheTotalOfACreditOrder() {
        fixture.given(placedCreditOrder())
                .when(MARK)
                .expectEvents(awaitingVendor(CREDIT_BUYER));
    }

    @ParameterizedTest(name = "a {0} order is past waiting for the vendor: nothing changes")
    @EnumSource(mode = EXCLUDE, names = {"DRAFTED", "PLACED"})
    void ignoresTheRequestOnceTheOrderIsPastIt(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(MARK)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToAskTheVendorAboutADraft() {
        fixture.given(codOrderIn(OrderStatus.DRAFTED))
                .when(MARK)
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("DRAFTED"));
    }

    @Test
    void refusesToAskTheVendorWithoutATimeToAnswerBy() {
        fixture.given(codOrderIn(OrderStatus.PLACED))
                .when(new MarkOrderAwaitingVendor(ORDER_ID, null))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR));
    }
}
