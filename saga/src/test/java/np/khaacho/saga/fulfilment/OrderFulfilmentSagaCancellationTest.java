package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.CANCELLED;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseCredit;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseStockOfEveryLineAndCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.cancelledFrom;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.confirmed;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderDispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.followedBy;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCreditOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;

/** Whenever the order is called off, the saga gives back exactly what it asked for, and ends. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaCancellationTest {

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void releasesOnlyTheCreditWhenCancelledBeforeTheCreditAnswered() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder()))
                .whenPublishingA(cancelledFrom(OrderStatus.PLACED))
                .expectDispatchedCommands(releaseCredit(CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void releasesTheStockAskedForWhenCancelledBeforeAnyLineAnswered() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder()))
                .whenPublishingA(cancelledFrom(OrderStatus.PLACED))
                .expectDispatchedCommands(releaseStockOfEveryLine(CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void releasesAnsweredAndUnansweredLinesWhenCancelledWhileStockIsAnswering() throws Exception {
        // The unanswered line's reservation may already exist: its answer is just not seen yet.
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(cancelledFrom(OrderStatus.PLACED))
                .expectDispatchedCommands(releaseStockOfEveryLine(CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void releasesTheStockAskedForAndTheCreditWhenACreditOrderIsCancelledBeforeStockAnswered() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder(), creditReserved()))
                .whenPublishingA(cancelledFrom(OrderStatus.PLACED))
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void releasesEveryLineAndStopsWaitingForTheVendorWhenCancelledWhileAwaitingIt() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenPublishingA(cancelledFrom(OrderStatus.AWAITING_VENDOR))
                .expectDispatchedCommands(releaseStockOfEveryLine(CANCELLED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void releasesEveryLineAndTheCreditWhenACreditOrderIsCancelledWhileAwaitingTheVendor() throws Exception {
        givenHistory(fixture, creditOrderAwaitingVendor())
                .whenPublishingA(cancelledFrom(OrderStatus.AWAITING_VENDOR))
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(CANCELLED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void releasesEveryLineAndTheCreditWhenAConfirmedOrderIsCancelled() throws Exception {
        givenHistory(fixture, followedBy(creditOrderAwaitingVendor(), confirmed()))
                .whenPublishingA(cancelledFrom(OrderStatus.CONFIRMED))
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(CANCELLED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void releasesTheCreditWhenADispatchedOrderIsCancelled() throws Exception {
        // The stock was committed on dispatch: its release finds nothing held and changes nothing.
        givenHistory(fixture, creditOrderDispatched())
                .whenPublishingA(cancelledFrom(OrderStatus.DISPATCHED))
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(CANCELLED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }
}
