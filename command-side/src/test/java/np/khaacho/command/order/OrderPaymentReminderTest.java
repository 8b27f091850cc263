package np.khaacho.command.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.RemindPayment;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.Orders.DUE_DATE;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.TOTAL;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.deliveredOnCredit;
import static np.khaacho.command.order.Orders.dispatchedCreditOrder;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderPaymentReminderTest {

    private static final RemindPayment DUE_SOON = new RemindPayment(ORDER_ID, DUE_DATE, false);
    private static final RemindPayment OVERDUE = new RemindPayment(ORDER_ID, DUE_DATE, true);
    private static final Money BALANCE_AFTER_PART_PAYMENT = Money.of("1697.50");

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void remindsTheBuyerOfTheWholeTotalBeforeTheDueDate() {
        fixture.given(deliveredCreditOrder())
                .when(DUE_SOON)
                .expectEvents(reminded(TOTAL, false));
    }

    @Test
    void remindsTheBuyerOfWhatIsLeftAfterAPartPayment() {
        fixture.given(deliveredCreditOrder(partPayment()))
                .when(DUE_SOON)
                .expectEvents(reminded(BALANCE_AFTER_PART_PAYMENT, false));
    }

    @Test
    void marksTheOrderOverdueBeforeTheFirstOverdueReminder() {
        fixture.given(deliveredCreditOrder(partPayment()))
                .when(OVERDUE)
                .expectEvents(new OrderOverdue(ORDER_ID, CREDIT_BUYER.buyerId(), DUE_DATE, BALANCE_AFTER_PART_PAYMENT),
                        reminded(BALANCE_AFTER_PART_PAYMENT, true));
    }

    @Test
    void marksTheOrderOverdueOnlyOnceButKeepsReminding() {
        fixture.given(deliveredCreditOrder(new OrderOverdue(ORDER_ID, CREDIT_BUYER.buyerId(), DUE_DATE, TOTAL),
                        reminded(TOTAL, true)))
                .when(OVERDUE)
                .expectEvents(reminded(TOTAL, true));
    }

    @Test
    void remindsAgainEveryTimeItIsAsked() {
        fixture.given(deliveredCreditOrder(reminded(TOTAL, false)))
                .when(DUE_SOON)
                .expectEvents(reminded(TOTAL, false));
    }

    @ParameterizedTest(name = "no reminder for a {0} order")
    @EnumSource(mode = EXCLUDE, names = "DELIVERED")
    void remindsNobodyUnlessTheOrderIsDeliveredAndUnpaid(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(OVERDUE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static List<Object> deliveredCreditOrder(Object... since) {
        List<Object> history = new ArrayList<>(dispatchedCreditOrder());
        history.add(deliveredOnCredit(DUE_DATE));
        history.addAll(List.of(since));
        return history;
    }

    private static OrderPaymentRecorded partPayment() {
        return new OrderPaymentRecorded(ORDER_ID, CREDIT_BUYER.buyerId(), "pay-1", Money.of("1000.00"),
                PaymentMethod.BANK, Money.of("1000.00"), BALANCE_AFTER_PART_PAYMENT);
    }

    private static PaymentReminded reminded(Money balance, boolean overdue) {
        return new PaymentReminded(ORDER_ID, CREDIT_BUYER.buyerId(), DUE_DATE, balance, overdue);
    }
}
