package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.demand.DemandLost;
import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.RICE;

/**
 * One order of a bag of rice and 1.5 kg of lentils from Himalayan Traders (NPR 2697.50): the
 * commands that act on it and the events that bring it into each state. It is placed directly;
 * the same order drafted from a WhatsApp message first is {@link #draftedCodOrder()}.
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
    static final String MESSAGE_ID = "SM0f3a9c2e7b14d5";
    static final BigDecimal CONFIDENCE = new BigDecimal("0.87");
    static final String LANGUAGE = "ne";
    static final Instant RESPOND_BY = Instant.parse("2025-06-01T06:15:00Z");
    static final String DECLINE_REASON = "INSUFFICIENT_STOCK";
    static final String DECLINE_MESSAGE = "not enough stock for some lines";
    static final List<String> DECLINE_DETAILS = List.of("DAL-MASOOR: 1.5 requested, 1 available");
    static final String EXPIRY_REASON = "the vendor did not answer in time";
    /** Fifteen days after a delivery on 2 June, for the buyer on NET15 terms. */
    static final LocalDate DUE_DATE = LocalDate.of(2025, 6, 17);

    private Orders() {
    }

    static PlaceOrder placeCodOrder() {
        return placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "1.5"));
    }

    static PlaceOrder placeCodOrderNumbered(String orderNumber) {
        return new PlaceOrder(ORDER_ID, header(orderNumber, COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId()),
                List.of(item(RICE, "1"), item(LENTILS, "1.5")));
    }

    static PlaceOrder placeOrder(BuyerTerms buyer, OrderItem... items) {
        return placeOrder(buyer.buyerId(), HIMALAYAN_TRADERS.vendorId(), items);
    }

    static PlaceOrder placeOrder(BuyerId buyerId, VendorId vendorId, OrderItem... items) {
        return new PlaceOrder(ORDER_ID, header(ORDER_NUMBER, buyerId, vendorId), List.of(items));
    }

    static DraftOrder draftCodOrder() {
        return draftOrder(MESSAGE_ID, CONFIDENCE, LANGUAGE);
    }

    static DraftOrder draftOrder(String messageId, BigDecimal confidence, String language) {
        return new DraftOrder(ORDER_ID, header(COD_BUYER), List.of(item(RICE, "1"), item(LENTILS, "1.5")), messageId,
                confidence, language);
    }

    static DraftOrder draftOrder(BuyerTerms buyer, OrderItem... items) {
        return new DraftOrder(ORDER_ID, header(buyer), List.of(items), MESSAGE_ID, CONFIDENCE, LANGUAGE);
    }

    /** The header of every order here: the buyer orders from Himalayan Traders. */
    static OrderHeader header(BuyerTerms buyer) {
        return header(ORDER_NUMBER, buyer.buyerId(), HIMALAYAN_TRADERS.vendorId());
    }

    static OrderHeader header(String orderNumber, BuyerId buyerId, VendorId vendorId) {
        return new OrderHeader(orderNumber, buyerId, vendorId, DELIVERY_ADDRESS, NOTES);
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
        return new OrderPlaced(ORDER_ID, header(buyer), lines, total, buyer.paymentTerms());
    }

    static OrderDrafted draftedCodOrder() {
        return drafted(CONFIDENCE, LANGUAGE);
    }

    static OrderDrafted drafted(BigDecimal confidence, String language) {
        return new OrderDrafted(ORDER_ID, header(COD_BUYER), codLines(), TOTAL, COD_BUYER.paymentTerms(), MESSAGE_ID,
                confidence, language);
    }

    static OrderDraftDiscarded discarded() {
        return new OrderDraftDiscarded(ORDER_ID, COD_BUYER.buyerId(), MESSAGE_ID, "replaced by a correction");
    }

    static List<OrderLine> codLines() {
        return List.of(line(RICE, "1", "2450.00"), line(LENTILS, "1.5", "247.50"));
    }

    /** What the standard order lost of a product's line, and why. */
    static DemandLost lost(LostDemandCause cause, ProductTerms product, String quantity) {
        Quantity lost = Quantity.of(quantity);
        return new DemandLost(ORDER_ID.value() + "|" + product.productId().value() + "|" + cause, cause,
                COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(), product.productId(), product.sku(), product.name(),
                lost, product.price(), product.price().times(lost), ORDER_ID);
    }

    /** The event, then the standard order's every line lost for that cause. */
    static Object[] withEveryLineLost(Object event, LostDemandCause cause) {
        return new Object[] {event, lost(cause, RICE, "1"), lost(cause, LENTILS, "1.5")};
    }

    static OrderLine line(ProductTerms product, String quantity, String subtotal) {
        return new OrderLine(product.productId(), product.sku(), product.name(), product.unit(), Quantity.of(quantity),
                product.price(), Money.of(subtotal));
    }

    static OrderAwaitingVendor awaitingVendor() {
        return awaitingVendor(COD_BUYER);
    }

    static OrderAwaitingVendor awaitingVendor(BuyerTerms buyer) {
        return new OrderAwaitingVendor(ORDER_ID, buyer.buyerId(), HIMALAYAN_TRADERS.vendorId(), TOTAL, RESPOND_BY);
    }

    static OrderDeclined declined() {
        return new OrderDeclined(ORDER_ID, COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(), DECLINE_REASON,
                DECLINE_MESSAGE, DECLINE_DETAILS);
    }

    static OrderExpired expired(OrderStatus previousStatus) {
        return new OrderExpired(ORDER_ID, COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(), previousStatus,
                EXPIRY_REASON);
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

    /** Cash on delivery: nothing is owed later, so there is no due date. */
    static OrderDelivered delivered() {
        return new OrderDelivered(ORDER_ID, COD_BUYER.buyerId(), TOTAL, COD_BUYER.paymentTerms(), null);
    }

    static OrderDelivered deliveredOnCredit(LocalDate dueDate) {
        return new OrderDelivered(ORDER_ID, CREDIT_BUYER.buyerId(), TOTAL, PaymentTerms.NET15, dueDate);
    }

    /** The order on the credit buyer's NET15 terms, dispatched and waiting to be delivered. */
    static List<Object> dispatchedCreditOrder() {
        return List.of(placedCreditOrder(), awaitingVendor(CREDIT_BUYER), confirmed(), dispatched());
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

    /** The cash-on-delivery order's history up to the given state; it expires and is cancelled awaiting the vendor. */
    static List<Object> codOrderIn(OrderStatus status) {
        return switch (status) {
            case DRAFTED -> List.of(draftedCodOrder());
            case DISCARDED -> List.of(draftedCodOrder(), discarded());
            case PLACED -> List.of(placedCodOrder());
            case DECLINED -> List.of(placedCodOrder(), declined());
            case AWAITING_VENDOR -> List.of(placedCodOrder(), awaitingVendor());
            case EXPIRED -> List.of(placedCodOrder(), awaitingVendor(), expired(OrderStatus.AWAITING_VENDOR));
            case CONFIRMED -> List.of(placedCodOrder(), awaitingVendor(), confirmed());
            case DISPATCHED -> List.of(placedCodOrder(), awaitingVendor(), confirmed(), dispatched());
            case DELIVERED -> List.of(placedCodOrder(), awaitingVendor(), confirmed(), dispatched(), delivered());
            case PAID -> List.of(placedCodOrder(), awaitingVendor(), confirmed(), dispatched(), delivered(),
                    paymentRecorded("pay-1", "2697.50", "2697.50"), paid());
            case REJECTED -> List.of(placedCodOrder(), awaitingVendor(), rejected());
            case CANCELLED -> List.of(placedCodOrder(), awaitingVendor(),
                    cancelled(CancelledBy.BUYER, OrderStatus.AWAITING_VENDOR));
        };
    }
}
