package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.order.RemindPayment;
import org.axonframework.test.saga.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static np.khaacho.saga.fulfilment.FulfilmentEvents.DELIVERED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.DUE_DATE;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.DUE_SOON_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.OVERDUE_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditOrderDispatched;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.deliveredOnCreditDue;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.firstPartPaid;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.paidInFull;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.restPaid;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenCreditOrderDelivered;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.PAYMENT_DUE_SOON;
import static np.khaacho.saga.fulfilment.OrderFulfilmentSaga.PAYMENT_OVERDUE;
import static org.axonframework.test.matchers.Matchers.matches;

/** A delivered credit order reminds the buyer before the due date, then every week while it is overdue. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaPaymentReminderTest {

    private static final Duration A_WEEK = Duration.ofDays(7);

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    @Test
    void remindsTheBuyerTwoDaysBeforeTheDueDate() throws Exception {
        givenCreditOrderDelivered(fixture)
                .whenTimeAdvancesTo(DUE_SOON_AT)
                .expectTriggeredDeadlinesWithName(PAYMENT_DUE_SOON)
                .expectDispatchedCommands(new RemindPayment(ORDER_ID, DUE_DATE, false))
                .expectScheduledDeadlineWithName(OVERDUE_AT, PAYMENT_OVERDUE);
    }

    @Test
    void doesNotRemindTheBuyerBeforeTheDayStartsInKathmandu() throws Exception {
        givenCreditOrderDelivered(fixture)
                .whenTimeAdvancesTo(DUE_SOON_AT.minusSeconds(1))
                .expectNoDispatchedCommands();
    }

    @Test
    void remindsTheBuyerThatThePaymentIsOverdueFromTheDayAfterTheDueDate() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenTimeAdvancesTo(DUE_SOON_AT)
                .whenTimeAdvancesTo(OVERDUE_AT)
                .expectDispatchedCommands(new RemindPayment(ORDER_ID, DUE_DATE, true))
                .expectScheduledDeadlineWithName(OVERDUE_AT.plus(A_WEEK), PAYMENT_OVERDUE);
    }

    @Test
    void keepsRemindingEveryWeekWhileThePaymentIsOverdue() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenTimeAdvancesTo(OVERDUE_AT)
                .whenTimeElapses(A_WEEK)
                .expectDispatchedCommands(new RemindPayment(ORDER_ID, DUE_DATE, true))
                .expectScheduledDeadlineWithName(OVERDUE_AT.plus(A_WEEK.multipliedBy(2)), PAYMENT_OVERDUE);
    }

    @Test
    void keepsRemindingAfterAPartPayment() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenAPublished(firstPartPaid())
                .whenTimeAdvancesTo(OVERDUE_AT)
                .expectDispatchedCommands(new RemindPayment(ORDER_ID, DUE_DATE, false),
                        new RemindPayment(ORDER_ID, DUE_DATE, true));
    }

    @Test
    void remindsNoMoreOnceTheOrderIsPaid() throws Exception {
        givenCreditOrderDelivered(fixture)
                .andThenAPublished(firstPartPaid())
                .andThenAPublished(restPaid())
                .andThenAPublished(paidInFull())
                .whenTimeAdvancesTo(OVERDUE_AT.plus(A_WEEK.multipliedBy(3)))
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void skipsTheEarlyReminderWhenDeliveredLessThanTwoDaysBeforeTheDueDate() throws Exception {
        LocalDate dueTomorrow = LocalDate.of(2025, 6, 4);
        givenHistory(fixture, creditOrderDispatched())
                .andThenTimeAdvancesTo(DELIVERED_AT)
                .whenPublishingA(deliveredOnCreditDue(dueTomorrow))
                .expectNoScheduledDeadlineMatching(
                        matches(deadline -> PAYMENT_DUE_SOON.equals(deadline.getDeadlineName())))
                .expectScheduledDeadlineWithName(Instant.parse("2025-06-04T18:15:00Z"), PAYMENT_OVERDUE);
    }
}
