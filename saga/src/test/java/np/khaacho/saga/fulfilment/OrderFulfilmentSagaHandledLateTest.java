package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import np.khaacho.kernel.order.RemindVendor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.VENDOR_RESPONSE;

/**
 * Events handled a while after they happened (an instance restored from a backup handles again what the
 * old one had handled; a survivor takes a dead instance's segment): the vendor's time runs from the event
 * that asked for it, so the order asks for the time it asked for the first time and its notice reads the
 * same. Handled later than a whole vendor's time, it runs from now: the vendor always gets its time.
 */
class OrderFulfilmentSagaHandledLateTest {

    private static final Duration VENDOR_TIME = Duration.ofHours(4);
    private static final Instant RESPOND_BY = PLACED_AT.plus(VENDOR_TIME);

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();
    private final Clock wallClock = GenericEventMessage.clock;

    @AfterEach
    void wallClockAgain() {
        GenericEventMessage.clock = wallClock;
    }

    @Test
    void theVendorsTimeRunsFromTheEventThatAskedForIt() throws Exception {
        ContinuedGivenState given = givenHistory(fixture, List.of(placedCodOrder(), riceReserved()));
        handledAt(PLACED_AT.plus(Duration.ofHours(3)));
        given.whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, RESPOND_BY))
                .expectScheduledDeadlineWithName(RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void anEventHandledAfterAWholeVendorsTimeGivesTheVendorItsTimeFromNow() throws Exception {
        ContinuedGivenState given = givenHistory(fixture, List.of(placedCodOrder(), riceReserved()));
        Instant now = PLACED_AT.plus(Duration.ofHours(5));
        handledAt(now);
        given.whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, now.plus(VENDOR_TIME)));
    }

    @Test
    void aReminderHandledLateGivesTheTimeFromTheEndOfTheFirst() throws Exception {
        handledAt(PLACED_AT);
        ContinuedGivenState given = givenHistory(fixture, codOrderAwaitingVendor());
        handledAt(RESPOND_BY.plus(Duration.ofMinutes(90)));
        given.whenTimeElapses(VENDOR_TIME)
                .expectDispatchedCommands(new RemindVendor(ORDER_ID, RESPOND_BY.plus(VENDOR_TIME)))
                .expectScheduledDeadlineWithName(RESPOND_BY.plus(VENDOR_TIME), VENDOR_RESPONSE);
    }

    private static void handledAt(Instant now) {
        GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
