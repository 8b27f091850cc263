package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.credit.ReserveCredit;
import np.khaacho.kernel.order.DeclineOrder;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.stock.ReserveStock;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.saga.FixtureConfiguration;
import org.axonframework.test.utils.CallbackBehavior;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static np.khaacho.saga.fulfilment.FulfilmentCommands.DECLINED;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseCredit;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.releaseRice;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveLentils;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveRice;
import static np.khaacho.saga.fulfilment.FulfilmentCommands.reserveTotalCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.PLACED_AT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.cancelledFrom;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditLimitExceeded;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.creditReserved;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.declinedForCredit;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.declinedForShortStock;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.lentilsShort;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCodOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.placedCreditOrder;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.riceReserved;
import static np.khaacho.saga.fulfilment.FulfilmentFixtures.givenHistory;

/** The order cannot go ahead: the buyer's credit or a line's stock says no, and what was held goes back. */
@ExtendWith(HandledMessageClock.class)
class OrderFulfilmentSagaDeclineTest {

    private static final DeclineOrder DECLINE_FOR_SHORT_LENTILS = new DeclineOrder(ORDER_ID, "INSUFFICIENT_STOCK",
            "not enough stock for some lines", List.of("DAL-MASOOR: 1.5 requested, 1 available"));

    private final FixtureConfiguration fixture = FulfilmentFixtures.withDefaultClocks();

    // ---- credit ----

    @Test
    void declinesTheOrderWithoutAskingForStockWhenCreditIsDeclined() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder()))
                .whenPublishingA(creditLimitExceeded())
                .expectDispatchedCommands(new DeclineOrder(ORDER_ID, "CREDIT_DECLINED",
                        "the order total NPR 5170.00 is more than the available credit NPR 3000.00",
                        List.of("CREDIT_LIMIT_EXCEEDED"), Money.of("2170.00")))
                .expectActiveSagas(1);
    }

    @Test
    void releasesTheCreditAskedForAndEndsWhenDeclinedForCredit() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder(), creditLimitExceeded()))
                .whenPublishingA(declinedForCredit())
                .expectDispatchedCommands(releaseCredit(DECLINED))
                .expectActiveSagas(0);
    }

    @Test
    void declinesTheOrderWhenTheBuyerHasNoCreditAccount() {
        fixture.setCallbackBehavior(aggregateMissingFor(ReserveCredit.class));
        fixture.givenCurrentTime(PLACED_AT)
                .whenPublishingA(placedCreditOrder())
                .expectSuccessfulHandlerExecution()
                .expectDispatchedCommands(reserveTotalCredit(), new DeclineOrder(ORDER_ID, "CREDIT_DECLINED",
                        "the buyer has no credit account", List.of("NO_CREDIT_ACCOUNT")));
    }

    // ---- stock ----

    @Test
    void waitsForEveryLineBeforeDecliningForShortStock() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder()))
                .whenPublishingA(lentilsShort())
                .expectNoDispatchedCommands();
    }

    @Test
    void declinesTheOrderNamingTheShortLineWhenOneLineIsShort() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(lentilsShort())
                .expectDispatchedCommands(DECLINE_FOR_SHORT_LENTILS)
                .expectNoScheduledDeadlines();
    }

    @Test
    void declinesTheOrderWhenTheShortLineAnswersFirst() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), lentilsShort()))
                .whenPublishingA(riceReserved())
                .expectDispatchedCommands(DECLINE_FOR_SHORT_LENTILS)
                .expectNoScheduledDeadlines();
    }

    @Test
    void releasesOnlyTheReservedLineAndEndsWhenDeclinedForShortStock() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved(), lentilsShort()))
                .whenPublishingA(declinedForShortStock())
                .expectDispatchedCommands(releaseRice(DECLINED))
                .expectActiveSagas(0);
    }

    @Test
    void releasesTheReservedLineAndTheCreditWhenACreditOrderIsDeclinedForShortStock() throws Exception {
        givenHistory(fixture, List.of(placedCreditOrder(), creditReserved(), riceReserved(), lentilsShort()))
                .whenPublishingA(declinedForShortStock())
                .expectDispatchedCommands(releaseRice(DECLINED), releaseCredit(DECLINED))
                .expectActiveSagas(0);
    }

    @Test
    void declinesTheOrderWhenNoLineHasEverHadStock() {
        fixture.setCallbackBehavior(aggregateMissingFor(ReserveStock.class));
        fixture.givenCurrentTime(PLACED_AT)
                .whenPublishingA(placedCodOrder())
                .expectSuccessfulHandlerExecution()
                .expectDispatchedCommands(reserveRice(), reserveLentils(),
                        new DeclineOrder(ORDER_ID, "INSUFFICIENT_STOCK", "not enough stock for some lines",
                                List.of("RICE-JEERA-25: 2 requested, 0 available",
                                        "DAL-MASOOR: 1.5 requested, 0 available")));
    }

    // ---- the order moved on meanwhile ----

    @Test
    void leavesTheReleaseToTheCancellationWhenTheOrderWasCancelledBeforeItCouldBeDeclined() throws Exception {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof DeclineOrder) {
                throw DomainException.illegalTransition("order", OrderStatus.CANCELLED, "decline");
            }
            return null;
        });
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved()))
                .whenPublishingA(lentilsShort())
                .expectSuccessfulHandlerExecution()
                .expectDispatchedCommands(DECLINE_FOR_SHORT_LENTILS)
                .expectActiveSagas(1);
    }

    @Test
    void releasesWhatIsHeldWhenTheOrderIsCancelledInsteadOfDeclined() throws Exception {
        givenHistory(fixture, List.of(placedCodOrder(), riceReserved(), lentilsShort()))
                .whenPublishingA(cancelledFrom(OrderStatus.PLACED))
                .expectDispatchedCommands(releaseRice(FulfilmentCommands.CANCELLED))
                .expectActiveSagas(0);
    }

    /** The command bus answers as if the aggregate the command is for was never created. */
    private static CallbackBehavior aggregateMissingFor(Class<?> commandType) {
        return (command, metaData) -> {
            if (commandType.isInstance(command)) {
                throw new AggregateNotFoundException("never-created", "no events for this aggregate");
            }
            return null;
        };
    }
}
