package np.khaacho.command.order;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.RecordOrderPayment;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.paid;
import static np.khaacho.command.order.Orders.payment;
import static np.khaacho.command.order.Orders.paymentRecorded;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.PAYMENT_EXCEEDS_BALANCE;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static np.khaacho.kernel.order.PaymentMethod.CASH;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderPaymentTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void paysOrderWhenOnePaymentCoversTotal() {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(payment("pay-1", "2697.50"))
                .expectEvents(paymentRecorded("pay-1", "2697.50", "2697.50"), paid());
    }

    @Test
    void recordsPartialPaymentWithTheRemainingBalance() {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(payment("pay-1", "1000.00"))
                .expectEvents(paymentRecorded("pay-1", "1000.00", "1000.00"));
    }

    @Test
    void paysOrderWhenPartialPaymentsCoverTotal() {
        fixture.given(deliveredWithPayments(paymentRecorded("pay-1", "1000.00", "1000.00"),
                        paymentRecorded("pay-2", "1500.00", "2500.00")))
                .when(payment("pay-3", "197.50"))
                .expectEvents(paymentRecorded("pay-3", "197.50", "2697.50"), paid());
    }

    @Test
    void ignoresRepeatedPayment() {
        fixture.given(deliveredWithPayments(paymentRecorded("pay-1", "1000.00", "1000.00")))
                .when(payment("pay-1", "1000.00"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresRepeatedPaymentOfPaidOrder() {
        fixture.given(codOrderIn(OrderStatus.PAID))
                .when(payment("pay-1", "2697.50"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesNewPaymentForPaidOrder() {
        fixture.given(codOrderIn(OrderStatus.PAID))
                .when(payment("pay-2", "10.00"))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("PAID"));
    }

    @Test
    void refusesPaymentAboveTheTotal() {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(payment("pay-1", "2697.51"))
                .expectException(hasCode(PAYMENT_EXCEEDS_BALANCE));
    }

    @Test
    void refusesPaymentAboveTheRemainingBalance() {
        fixture.given(deliveredWithPayments(paymentRecorded("pay-1", "2000.00", "2000.00")))
                .when(payment("pay-2", "700.00"))
                .expectException(hasCode(PAYMENT_EXCEEDS_BALANCE))
                .expectExceptionMessage(allOf(containsString("NPR 700.00"), containsString("NPR 697.50")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-50.00"})
    void refusesPaymentWithoutPositiveAmount(String amount) {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(payment("pay-1", amount))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void refusesPaymentWithoutPaymentId(String paymentId) {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(new RecordOrderPayment(ORDER_ID, paymentId, Money.of("100.00"), CASH))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @Test
    void refusesPaymentWithoutMethod() {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(new RecordOrderPayment(ORDER_ID, "pay-1", Money.of("100.00"), null))
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest(name = "refuses payment for a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"DELIVERED", "PAID"})
    void refusesPaymentUnlessDelivered(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(payment("pay-1", "100.00"))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }

    private static List<Object> deliveredWithPayments(Object... payments) {
        List<Object> history = new ArrayList<>(codOrderIn(OrderStatus.DELIVERED));
        history.addAll(List.of(payments));
        return history;
    }
}
