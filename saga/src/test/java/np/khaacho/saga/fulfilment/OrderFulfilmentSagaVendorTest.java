package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.credit.AdjustCreditReservation;
import np.khaacho.kernel.order.ExpireOrder;
import np.khaacho.kernel.order.MarkOrderAwaitingVendor;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.RemindVendor;
import np.khaacho.kernel.stock.AdjustStockReservation;
import np.khaacho.kernel.stock.CommitStock;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.CANCELLED;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.EXPIRED;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.REJECTED;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseCredit;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseLentils;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseRice;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseStockOfEveryLine;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseStockOfEveryLineAndCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.CREDIT_ACCOUNT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PARTIAL_TOTAL;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.RICE_CONFIRMED;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.RICE_STOCK;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.cancelledFrom;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.codOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.dispatchedAfterPartialConfirmation;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.expiredFrom;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.followedBy;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.rejected;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceHalvedAndLentilsDropped;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.VENDOR_RESPONSE;

/** What the vendor answers (no, part of it) or fails to answer, and what the saga does with what it holds. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaVendorTest {

    private static final Duration VENDOR_TIME = Duration.ofHours(4);
    private static final Instant RESPOND_BY = PLACED_AT.plus(VENDOR_TIME);
    private static final Instant REMINDED_RESPOND_BY = RESPOND_BY.plus(VENDOR_TIME);

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    // ---- the vendor says no ----

    @Test
    void releasesEveryLineAndEndsWhenTheVendorRejects() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenPublishingA(rejected())
                .expectDispatchedCommands(releaseStockOfEveryLine(REJECTED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void releasesEveryLineAndTheCreditWhenTheVendorRejectsACreditOrder() throws Exception {
        givenHistory(fixture, creditOrderAwaitingVendor())
                .whenPublishingA(rejected())
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(REJECTED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // ---- the vendor says yes to part of it ----

    @Test
    void holdsLessStockOfAReducedLineAndReleasesADroppedOne() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenPublishingA(riceHalvedAndLentilsDropped())
                .expectDispatchedCommands(
                        new AdjustStockReservation(RICE_STOCK, ORDER_ID, RICE_CONFIRMED),
                        releaseLentils("dropped by the vendor"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void holdsOnlyTheNewTotalOnCreditAfterAPartialConfirmation() throws Exception {
        givenHistory(fixture, creditOrderAwaitingVendor())
                .whenPublishingA(riceHalvedAndLentilsDropped())
                .expectDispatchedCommands(
                        new AdjustStockReservation(RICE_STOCK, ORDER_ID, RICE_CONFIRMED),
                        releaseLentils("dropped by the vendor"),
                        new AdjustCreditReservation(CREDIT_ACCOUNT, ORDER_ID, PARTIAL_TOTAL));
    }

    @Test
    void commitsOnlyTheLineLeftAfterAPartialConfirmation() throws Exception {
        givenHistory(fixture, followedBy(codOrderAwaitingVendor(), riceHalvedAndLentilsDropped()))
                .whenPublishingA(dispatchedAfterPartialConfirmation())
                .expectDispatchedCommands(new CommitStock(RICE_STOCK, ORDER_ID));
    }

    @Test
    void releasesOnlyWhatIsStillHeldWhenAPartlyConfirmedOrderIsCancelled() throws Exception {
        givenHistory(fixture, followedBy(creditOrderAwaitingVendor(), riceHalvedAndLentilsDropped()))
                .whenPublishingA(cancelledFrom(OrderStatus.CONFIRMED))
                .expectDispatchedCommands(releaseRice(CANCELLED), releaseCredit(CANCELLED))
                .expectActiveSagas(0);
    }

    // ---- the vendor says nothing ----

    @Test
    void remindsTheVendorOnceWithFourMoreHoursWhenItDoesNotAnswerInTime() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenTimeElapses(VENDOR_TIME)
                .expectTriggeredDeadlinesWithName(VENDOR_RESPONSE)
                .expectDispatchedCommands(new RemindVendor(ORDER_ID, REMINDED_RESPOND_BY))
                .expectScheduledDeadlineWithName(REMINDED_RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void doesNotRemindTheVendorBeforeItsTimeIsUp() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .whenTimeElapses(VENDOR_TIME.minusMinutes(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(RESPOND_BY, VENDOR_RESPONSE);
    }

    @Test
    void expiresTheOrderWhenTheVendorStaysSilentAfterTheReminder() throws Exception {
        givenHistory(fixture, codOrderAwaitingVendor())
                .andThenTimeElapses(VENDOR_TIME)
                .whenTimeElapses(VENDOR_TIME)
                .expectDispatchedCommands(new ExpireOrder(ORDER_ID, "the vendor did not answer in time"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void releasesEverythingAndEndsWhenTheOrderExpires() throws Exception {
        givenHistory(fixture, creditOrderAwaitingVendor())
                .andThenTimeElapses(VENDOR_TIME.multipliedBy(2))
                .whenPublishingA(expiredFrom(OrderStatus.AWAITING_VENDOR))
                .expectDispatchedCommands(releaseStockOfEveryLineAndCredit(EXPIRED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void givesTheVendorTheConfiguredTimeToAnswer() throws Exception {
        Duration twoHours = Duration.ofHours(2);
        FixtureConfiguration quick = FulfilmentFixtures.with(
                new FulfilmentSettings(Duration.ofMinutes(30), twoHours, Period.ofDays(2), Period.ofDays(7)));
        givenHistory(quick, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, PLACED_AT.plus(twoHours)))
                .expectScheduledDeadlineWithName(PLACED_AT.plus(twoHours), VENDOR_RESPONSE);
    }
}
