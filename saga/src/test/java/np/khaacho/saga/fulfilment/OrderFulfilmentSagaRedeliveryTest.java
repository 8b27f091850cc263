package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.commitStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.confirmed;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.dispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.followedBy;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsShort;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCreditOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.VENDOR_RESPONSE;

/**
 * An event delivered twice changes nothing twice. The repeated commands are themselves idempotent,
 * but the saga's own decisions (asking the vendor, declining) and what it holds must not repeat or
 * go back.
 */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaRedeliveryTest {

    private static final Instant RESPOND_BY = PLACED_AT.plus(Duration.ofHours(4));

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void asksTheVendorOnlyOnceWhenAStockReservationIsRedelivered() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenPublishingA(lentilsReserved())
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void stillWaitsForTheOtherLineWhenOneLinesReservationIsRedelivered() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(riceReserved())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void declinesOnlyOnceWhenAShortageIsRedelivered() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved(), lentilsShort()))
                .whenPublishingA(lentilsShort())
                .expectNoDispatchedCommands();
    }

    @Test
    void asksTheVendorWhenTheLastLineIsReservedAfterTheCreditHoldWasRedelivered() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder(), creditReserved(), riceReserved(), creditReserved()))
                .whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, RESPOND_BY))
                .expectScheduledDeadlineWithName(RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void commitsEveryReservedLineOnDispatchAfterTheCreditHoldWasRedelivered() throws Exception {
        givenHistory(fixture, followedBy(creditOrderAwaitingVendor(), creditReserved(), confirmed()))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(commitStockOfEveryLine());
    }
}
