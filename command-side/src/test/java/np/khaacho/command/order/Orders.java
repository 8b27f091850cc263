package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;

import java.time.LocalDate;
import java.util.List;

import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.RICE;

/**
 * One order of a bag of rice and 1.5 kg of lentils from Himalayan Traders (NPR 2697.50): the
 * commands that act on it and the events that bring it into each state.
 */
final class Orders {

    static final OrderId ORDER_ID = OrderId.of("order-kh-001001");
    static final String ORDER_NUMBER = "KH-001001";
    static final String DELIVERY_ADDRESS = "Ason Tole, Kathmandu";
    static final String NOTES = "Please deliver before 10 am";
    static final LocalDate DELIVERY_DATE = LocalDate.of(2025, 6, 2);
    static final Money TOTAL = Money.of("2697.50");
    static final String REJECTION_REASON = "Out of jeera masino this week";
    static final String CANCELLATION_REASON = "Ordered by mistake";

    private Orders() {
    }

    static PlaceOrder placeCodOrder() {
        return placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "1.5"));
    }

    static PlaceOrder placeCodOrderNumbered(String orderNumber) {
        return new PlaceOrder(ORDER_ID, orderNumber, COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(),
                List.of(item(RICE, "1"), item(LENTILS, "1.5")), DELIVERY_ADDRESS, NOTES);
    }

    static PlaceOrder placeOrder(BuyerTerms buyer, OrderItem... items) {
        return placeOrder(buyer.buyerId(), HIMALAYAN_TRADERS.vendorId(), items);
    }

    static PlaceOrder placeOrder(BuyerId buyerId, VendorId vendorId, OrderItem... items) {
        return new PlaceOrder(ORDER_ID, ORDER_NUMBER, buyerId, vendorId, List.of(items), DELIVERY_ADDRESS, NOTES);
    }

    static OrderItem item(ProductTerms product, String quantity) {
        return new OrderItem(product.productId(), Quantity.of(quantity));
    }

    static ConfirmOrder confirm() {
        return new ConfirmOrder(ORDER_ID, DELIVERY_DATE);
    }

    static RecordOrderPayment payment(String paymentId, String amount) {
        return new RecordOrderPayment(ORDER_ID, paymentId, Money.of(amount), PaymentMethod.CASH);
    }

    static OrderPlaced placedCodOrder() {
        return placed(COD_BUYER, TOTAL, codLines());
    }

    static OrderPlaced placedCreditOrder() {
        return placed(CREDIT_BUYER, TOTAL, codLines());
    }

    static OrderPlaced placed(BuyerTerms buyer, Money total, List<OrderLine> lines) {
        return new OrderPlaced(ORDER_ID, ORDER_NUMBER, buyer.buyerId(), HIMALAYAN_TRADERS.vendorId(), lines, total,
                buyer.paymentTerms(), DELIVERY_ADDRESS, NOTES);
    }

    static List<OrderLine> codLines() {
        return List.of(line(RICE, "1", "2450.00"), line(LENTILS, "1.5", "247.50"));
    }

    static OrderLine line(ProductTerms product, String quantity, String subtotal) {
        return new OrderLine(product.productId(), product.sku(), product.name(), product.unit(), Quantity.of(quantity),
                product.price(), Money.of(subtotal));
    }

    static OrderConfirmed confirmed() {
        return new OrderConfirmed(ORDER_ID, HIMALAYAN_TRADERS.vendorId(), DELIVERY_DATE);
    }

    static OrderRejected rejected() {
        return new OrderRejected(ORDER_ID, HIMALAYAN_TRADERS.vendorId(), REJECTION_REASON);
    }

    static OrderCancelled cancelled(CancelledBy cancelledBy, OrderStatus previousStatus) {
        return new OrderCancelled(ORDER_ID, COD_BUYER.buyerId(), cancelledBy, CANCELLATION_REASON, previousStatus);
    }

    static OrderDispatched dispatched() {
        return new OrderDispatched(ORDER_ID, codLines());
    }

    static OrderDelivered delivered() {
        return new OrderDelivered(ORDER_ID, COD_BUYER.buyerId(), TOTAL, COD_BUYER.paymentTerms());
    }

    /** A cash payment, with what has been paid once it is counted. */
    static OrderPaymentRecorded paymentRecorded(String paymentId, String amount, String paidSoFar) {
        Money paid = Money.of(paidSoFar);
        return new OrderPaymentRecorded(ORDER_ID, COD_BUYER.buyerId(), paymentId, Money.of(amount), PaymentMethod.CASH,
                paid, TOTAL.minus(paid));
    }

    static OrderPaid paid() {
        return new OrderPaid(ORDER_ID, COD_BUYER.buyerId(), TOTAL);
    }

    /** The cash-on-delivery order's history up to the given state. */
    static List<Object> codOrderIn(OrderStatus status) {
        return switch (status) {
            case PLACED -> List.of(placedCodOrder());
            case CONFIRMED -> List.of(placedCodOrder(), confirmed());
            case DISPATCHED -> List.of(placedCodOrder(), confirmed(), dispatched());
            case DELIVERED -> List.of(placedCodOrder(), confirmed(), dispatched(), delivered());
            case PAID -> List.of(placedCodOrder(), confirmed(), dispatched(), delivered(),
                    paymentRecorded("pay-1", "2697.50", "2697.50"), paid());
            case REJECTED -> List.of(placedCodOrder(), rejected());
            case CANCELLED -> List.of(placedCodOrder(), cancelled(CancelledBy.BUYER, OrderStatus.PLACED));
            default -> throw new IllegalArgumentException("no event leads an order to " + status + " yet");
        };
    }
}
