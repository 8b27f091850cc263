package np.khaacho.command.order;

import np.khaacho.kernel.order.DiscardDraft;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.discarded;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderDraftDiscardTest {

    private static final DiscardDraft DISCARD = new DiscardDraft(ORDER_ID, "replaced by a correction");

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void discardsDraftWithTheMessageItCameFrom() {
        fixture.given(codOrderIn(OrderStatus.DRAFTED))
                .when(DISCARD)
                .expectEvents(discarded());
    }

    @Test
    void ignoresRepeatedDiscard() {
        fixture.given(codOrderIn(OrderStatus.DISCARDED))
                .when(DISCARD)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "refuses to discard a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"DRAFTED", "DISCARDED"})
    void refusesToDiscardWhatIsNoLongerADraft(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(DISCARD)
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
