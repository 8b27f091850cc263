package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import np.khaacho.kernel.payment.ApplyHeldCredit;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.commitStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.BUYER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderDispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.confirmed;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.deliveredCashOnDelivery;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.dispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.followedBy;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.paidInCashOnDelivery;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.paidInFull;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.VENDOR_RESPONSE;

/** A cash-on-delivery order from placement to payment: no credit is ever asked for. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaCashOnDeliveryTest {

    private static final Instant RESPOND_BY = PLACED_AT.plus(Duration.ofHours(4));

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void reservesStockOfEveryLineWithoutAskingForCredit() {
        fixture.givenCurrentTime(PLACED_AT)
                .whenPublishingA(placedCodOrder())
                .expectActiveSagas(1)
                .expectAssociationWith(OrderFulfilmentSaga.ORDER_ID, ORDER_ID)
                .expectDispatchedCommands(reserveStockOfEveryLine())
                .expectNoScheduledDeadlines();
    }

    @Test
    void waitsForEveryLineBeforeAskingTheVendor() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder()))
                .whenPublishingA(riceReserved())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void givesTheVendorFourHoursOnceEveryLineIsReserved() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, RESPOND_BY))
                .expectScheduledDeadlineWithName(RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void stopsWaitingForTheVendorOnceTheOrderIsConfirmed() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenPublishingA(confirmed())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void neitherRemindsNorExpiresAConfirmedOrderWhenTheVendorsTimePasses() throws Exception {
        givenHistory(fixture, followedBy(codOrderAwaitingVendor(), confirmed()))
                .whenTimeElapses(Duration.ofHours(9))
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void commitsStockOfEveryLineWhenTheOrderIsDispatched() throws Exception {
        givenHistory(fixture, followedBy(codOrderAwaitingVendor(), confirmed()))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(commitStockOfEveryLine())
                .expectActiveSagas(1);
    }

    @Test
    void asksNothingOfCreditWhenTheOrderIsDeliveredOnlyThatMoneyHeldGoesToWhatIsOwed() throws Exception {
        givenHistory(fixture, codOrderDispatched())
                .whenPublishingA(deliveredCashOnDelivery())
                .expectDispatchedCommands(new ApplyHeldCredit(BUYER_ID, "held-on-delivery|" + ORDER_ID.value()))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void recordsNoRepaymentForCashPaidOnDelivery() throws Exception {
        givenHistory(fixture, followedBy(codOrderDispatched(), deliveredCashOnDelivery()))
                .whenPublishingA(paidInCashOnDelivery())
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void endsWhenTheOrderIsPaid() throws Exception {
        givenHistory(fixture, followedBy(codOrderDispatched(), deliveredCashOnDelivery(), paidInCashOnDelivery()))
                .whenPublishingA(paidInFull())
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }
}
