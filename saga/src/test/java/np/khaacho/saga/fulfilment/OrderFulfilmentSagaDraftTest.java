package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.ExpireOrder;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.draftDiscarded;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.draftedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.expiredFrom;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.DRAFT_EXPIRY;

/** An order drafted from a message waits thirty minutes for the buyer to confirm it. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaDraftTest {

    private static final Duration DRAFT_TIME = Duration.ofMinutes(30);

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void givesTheBuyerThirtyMinutesToConfirmADraft() {
        fixture.givenCurrentTime(PLACED_AT)
                .whenPublishingA(draftedCodOrder())
                .expectActiveSagas(1)
                .expectAssociationWith(OrderFulfilmentSaga.ORDER_ID, ORDER_ID)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(PLACED_AT.plus(DRAFT_TIME), DRAFT_EXPIRY);
    }

    @Test
    void expiresADraftTheBuyerDidNotConfirmInTime() throws Exception {
        givenHistory(fixture, List.of(draftedCodOrder()))
                .whenTimeElapses(DRAFT_TIME)
                .expectTriggeredDeadlinesWithName(DRAFT_EXPIRY)
                .expectDispatchedCommands(new ExpireOrder(ORDER_ID, "the buyer did not confirm in time"));
    }

    @Test
    void releasesNothingAndEndsWhenADraftExpires() throws Exception {
        givenHistory(fixture, List.of(draftedCodOrder()))
                .andThenTimeElapses(DRAFT_TIME)
                .whenPublishingA(expiredFrom(OrderStatus.DRAFTED))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void startsReservingAndStopsTheDraftClockWhenTheBuyerConfirms() throws Exception {
        givenHistory(fixture, List.of(draftedCodOrder()))
                .andThenTimeElapses(Duration.ofMinutes(12))
                .whenPublishingA(placedCodOrder())
                .expectActiveSagas(1)
                .expectDispatchedCommands(reserveStockOfEveryLine())
                .expectNoScheduledDeadlines();
    }

    @Test
    void doesNotExpireAConfirmedDraftWhenTheDraftTimePasses() throws Exception {
        givenHistory(fixture, List.of(draftedCodOrder(), placedCodOrder()))
                .whenTimeElapses(DRAFT_TIME)
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void endsAndStopsTheDraftClockWhenTheDraftIsDiscarded() throws Exception {
        givenHistory(fixture, List.of(draftedCodOrder()))
                .whenPublishingA(draftDiscarded())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }
}
