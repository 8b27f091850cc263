package np.khaacho.query.audit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderReplayTest {

    private static final OrderId ORDER = OrderId.of("order-1");
    private static final BuyerId BUYER = BuyerId.of("buyer-1");
    private static final VendorId VENDOR = VendorId.of("vendor-1");
    private static final ProductId RICE = ProductId.of("product-rice");
    private static final ProductId DAL = ProductId.of("product-dal");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void followsAPartiallyConfirmedCreditOrderToAnOverduePartPayment() {
        OrderReplay replay = new OrderReplay(ORDER.value());
        LocalDate delivery = LocalDate.parse("2026-11-27");
        LocalDate due = LocalDate.parse("2026-12-12");
        List<Object> events = List.of(
                placed(),
                new OrderAwaitingVendor(ORDER, BUYER, VENDOR, Money.of("7297.50"), T0.plusSeconds(3600)),
                new OrderPartiallyConfirmed(ORDER, BUYER, VENDOR, delivery, List.of(rice(2)),
                        List.of(new LineChange(RICE, "RICE", "Rice", Quantity.of(3), Quantity.of(2)),
                                new LineChange(DAL, "DAL", "Dal", Quantity.of("1.5"), Quantity.ZERO)),
                        Money.of("7297.50"), Money.of("4700.00")),
                new OrderDelivered(ORDER, BUYER, Money.of("4700.00"), PaymentTerms.NET15, due),
                new OrderPaymentRecorded(ORDER, BUYER, "pay-1", Money.of(1000), PaymentMethod.CASH,
                        Money.of(1000), Money.of(3700)),
                new PaymentReminded(ORDER, BUYER, due, Money.of(3700), true),
                new OrderOverdue(ORDER, BUYER, due, Money.of(3700)));
        for (int i = 0; i < events.size(); i++) {
            replay.apply(events.get(i), i, T0.plusSeconds(i));
        }

        OrderStateAt state = replay.state(T0.plusSeconds(60));
        assertThat(state.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(state.lines()).extracting(OrderLine::productId).containsExactly(RICE);
        assertThat(state.totalAmount()).isEqualTo(Money.of("4700.00"));
        assertThat(state.paidAmount()).isEqualTo(Money.of(1000));
        assertThat(state.deliveryDate()).isEqualTo(delivery);
        assertThat(state.dueDate()).isEqualTo(due);
        assertThat(state.overdue()).isTrue();
        assertThat(state.lastSequence()).isEqualTo(6);
        assertThat(state.lastEventAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void aCancelledOrderKeepsItsReason() {
        OrderReplay replay = new OrderReplay(ORDER.value());
        replay.apply(placed(), 0, T0);
        replay.apply(new OrderCancelled(ORDER, BUYER, CancelledBy.BUYER, "ordered twice", OrderStatus.PLACED), 1,
                T0.plusSeconds(5));

        OrderStateAt state = replay.state(T0.plusSeconds(5));
        assertThat(state.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(state.reason()).isEqualTo("ordered twice");
        assertThat(state.orderNumber()).isEqualTo("KH-000001");
        assertThat(state.paymentTerms()).isEqualTo(PaymentTerms.NET15);
    }

    @Test
    void anEventItDoesNotKnowMovesOnlyThePosition() {
        OrderReplay replay = new OrderReplay(ORDER.value());
        assertThat(replay.isEmpty()).isTrue();
        replay.apply(placed(), 0, T0);
        replay.apply("a newer event", 1, T0.plusSeconds(1));

        OrderStateAt state = replay.state(T0.plusSeconds(1));
        assertThat(state.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(state.lastSequence()).isEqualTo(1);
    }

    private static OrderPlaced placed() {
        return new OrderPlaced(ORDER, new OrderHeader("KH-000001", BUYER, VENDOR, "Baneshwor", null), List.of(rice(3),
                new OrderLine(DAL, "DAL", "Dal", "kg", Quantity.of("1.5"), Money.of(165), Money.of("247.50"))),
                Money.of("7297.50"), PaymentTerms.NET15);
    }

    private static OrderLine rice(long bags) {
        return new OrderLine(RICE, "RICE", "Rice", "bag", Quantity.of(bags), Money.of(2350),
                Money.of(2350).times(Quantity.of(bags)));
    }
}
