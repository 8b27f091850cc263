package np.khaacho.command.order;

import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.ExpireOrder;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.VendorReminded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.Orders.EXPIRY_REASON;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.awaitingVendor;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.draftedCodOrder;
import static np.khaacho.command.order.Orders.expired;
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.command.order.Orders.withEveryLineLost;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

class OrderExpiryTest {

    private static final ExpireOrder EXPIRE = new ExpireOrder(ORDER_ID, EXPIRY_REASON);

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void expiresDraftTheBuyerNeverConfirmed() {
        fixture.given(draftedCodOrder())
                .when(EXPIRE)
                .expectEvents(expired(OrderStatus.DRAFTED));
    }

    @Test
    void expiresOrderTheVendorNeverAnswered() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(EXPIRE)
                .expectEvents(withEveryLineLost(expired(OrderStatus.AWAITING_VENDOR), LostDemandCause.NOT_ANSWERED));
    }

    @Test
    void expiresOrderTheVendorDidNotAnswerEvenAfterAReminder() {
        fixture.given(placedCodOrder(), awaitingVendor(),
                        new VendorReminded(ORDER_ID, HIMALAYAN_TRADERS.vendorId(),
                                Instant.parse("2025-06-01T10:15:00Z")))
                .when(EXPIRE)
                .expectEvents(withEveryLineLost(expired(OrderStatus.AWAITING_VENDOR), LostDemandCause.NOT_ANSWERED));
    }

    @ParameterizedTest(name = "too late to expire a {0} order")
    @EnumSource(mode = EXCLUDE, names = {"DRAFTED", "AWAITING_VENDOR"})
    void changesNothingOnceTheAnswerCameBeforeTheTimer(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(EXPIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
