package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.credit.ChargeCredit;
import np.khaacho.kernel.credit.RecordRepayment;
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
import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveTotalCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.BUYER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.CREDIT_ACCOUNT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.DELIVERED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.DUE_SOON_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.FIRST_PAYMENT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.FIRST_PAYMENT_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.OVERDUE_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.SECOND_PAYMENT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.SECOND_PAYMENT_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.TOTAL;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.confirmed;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderAwaitingVendor;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderDispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.deliveredOnCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.dispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.firstPartPaid;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.followedBy;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.paidInFull;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCreditOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCreditOrderLentilsFirst;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.restPaid;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenCreditOrderDelivered;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.PAYMENT_DUE_SOON;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.PAYMENT_OVERDUE;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.VENDOR_RESPONSE;

/** An order on NET15 credit from placement to payment: credit is held first, then owed, then repaid. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaCreditTest {

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void holdsTheOrderTotalOnCreditBeforeAskingForAnyStock() {
        fixture.givenCurrentTime(PLACED_AT)
                .whenPublishingA(placedCreditOrder())
                .expectActiveSagas(1)
                .expectDispatchedCommands(reserveTotalCredit())
                .expectNoScheduledDeadlines();
    }

    @Test
    void reservesStockOfEveryLineOnceCreditIsHeld() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder()))
                .whenPublishingA(creditReserved())
                .expectDispatchedCommands(reserveStockOfEveryLine());
    }

    /**
     * Sagas of different orders run side by side and keep what they lock until they commit: taking
     * stock in product order, whatever the order of the lines, means two of them never wait on each other.
     */
    @Test
    void asksForStockInProductOrderWhateverTheOrderOfTheLines() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrderLentilsFirst()))
                .whenPublishingA(creditReserved())
                .expectDispatchedCommands(reserveStockOfEveryLine());
    }

    @Test
    void givesTheVendorFourHoursOnceCreditAndEveryLineAreHeld() throws Exception {
        Instant respondBy = PLACED_AT.plus(Duration.ofHours(4));
        givenHistory(fixture, List.of(placedCreditOrder(), creditReserved(), riceReserved()))
                .whenPublishingA(lentilsReserved())
                .expectDispatchedCommands(new MarkOrderAwaitingVendor(ORDER_ID, respondBy))
                .expectScheduledDeadlineWithName(respondBy, VENDOR_RESPONSE);
    }

    @Test
    void commitsStockOfEveryLineWhenTheOrderIsDispatched() throws Exception {
        givenHistory(fixture, followedBy(creditOrderAwaitingVendor(), confirmed()))
                .whenPublishingA(dispatched())
                .expectDispatchedCommands(commitStockOfEveryLine());
    }

    @Test
    void turnsTheCreditHoldIntoAnAmountOwedWhenTheOrderIsDeliveredThenAppliesMoneyHeld() throws Exception {
        givenHistory(fixture, creditOrderDispatched())
                .andThenTimeAdvancesTo(DELIVERED_AT)
                .whenPublishingA(deliveredOnCredit())
                .expectDispatchedCommands(new ChargeCredit(CREDIT_ACCOUNT, ORDER_ID, TOTAL),
                        new ApplyHeldCredit(BUYER_ID, "held-on-delivery|" + ORDER_ID.value()))
                .expectActiveSagas(1);
    }

    @Test
    void schedulesPaymentRemindersAtTheStartOfTheDayInKathmandu() throws Exception {
        givenHistory(fixture, creditOrderDispatched())
                .andThenTimeAdvancesTo(DELIVERED_AT)
                .whenPublishingA(deliveredOnCredit())
                .expectScheduledDeadlineWithName(DUE_SOON_AT, PAYMENT_DUE_SOON)
                .expectScheduledDeadlineWithName(OVERDUE_AT, PAYMENT_OVERDUE);
    }

    @Test
    void recordsEachPaymentAsARepaymentOfTheCreditAccount() throws Exception {
        givenCreditOrderDelivered(fixture)
                .whenPublishingA(firstPartPaid())
                .expectDispatchedCommands(
                        new RecordRepayment(CREDIT_ACCOUNT, FIRST_PAYMENT_ID, ORDER_ID, FIRST_PAYMENT))
                .expectActiveSagas(1);
    }

    @Test
    void recordsThePaymentOfTheRestUnderItsOwnPaymentId() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenAPublished(firstPartPaid())
                .whenPublishingA(restPaid())
                .expectDispatchedCommands(
                        new RecordRepayment(CREDIT_ACCOUNT, SECOND_PAYMENT_ID, ORDER_ID, SECOND_PAYMENT));
    }

    @Test
    void endsAndCancelsThePaymentRemindersWhenPaidInFull() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenAPublished(firstPartPaid())
                .andThenAPublished(restPaid())
                .whenPublishingA(paidInFull())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }
}
