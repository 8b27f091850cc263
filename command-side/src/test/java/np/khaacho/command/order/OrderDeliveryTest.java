package np.khaacho.command.order;

import np.khaacho.kernel.credit.PaymentTerms;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.TOTAL;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.confirmed;
import static np.khaacho.command.order.Orders.delivered;
import static np.khaacho.command.order.Orders.dispatched;
import static np.khaacho.command.order.Orders.placedCreditOrder;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static org.hamcrest.Matchers.containsString;

class OrderDeliveryTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void deliversDispatchedOrderWithTotalAndPaymentTerms() {
        fixture.given(codOrderIn(OrderStatus.DISPATCHED))
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(delivered());
    }

    @Test
    void deliversCreditOrderOnTheBuyersCreditTerms() {
        fixture.given(placedCreditOrder(), confirmed(), dispatched())
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(new OrderDelivered(ORDER_ID, CREDIT_BUYER.buyerId(), TOTAL, PaymentTerms.NET15));
    }

    @Test
    void ignoresRepeatedDelivery() {
        fixture.given(codOrderIn(OrderStatus.DELIVERED))
                .when(new DeliverOrder(ORDER_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "refuses delivery of a {0} order")
    @EnumSource(names = {"PLACED", "CONFIRMED", "PAID", "REJECTED", "CANCELLED"})
    void refusesDeliveryOfOrderThatIsNotDispatched(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(new DeliverOrder(ORDER_ID))
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }
}
