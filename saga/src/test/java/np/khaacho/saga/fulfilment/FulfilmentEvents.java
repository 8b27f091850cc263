package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditReservationDeclined;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.LineChange;
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
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One order of two bags of jeera masino rice and 1.5 kg of masoor dal from Himalayan Traders
 * (NPR 5170.00), placed at 10:00 in Kathmandu on 1 June 2025, and the events the saga hears about it:
 * from the order itself, from the stock of each line and from the buyer's credit account. It is
 * placed cash on delivery or on NET15 credit; the histories bring it to each stage of its life.
 */
final class FulfilmentEvents {

    static final OrderId ORDER_ID = OrderId.of("order-kh-002417");
    static final String ORDER_NUMBER = "KH-002417";
    static final BuyerId BUYER_ID = BuyerId.of("buyer-sita-kirana-pasal");
    static final CreditAccountId CREDIT_ACCOUNT = CreditAccountId.of(BUYER_ID);
    static final VendorId VENDOR_ID = VendorId.of("vendor-himalayan-traders");

    static final ProductId RICE = ProductId.of("product-jeera-masino-25kg");
    static final StockId RICE_STOCK = StockId.of(RICE);
    static final String RICE_SKU = "RICE-JEERA-25";
    static final Quantity RICE_ORDERED = Quantity.of(2);
    static final ProductId LENTILS = ProductId.of("product-masoor-dal");
    static final StockId LENTIL_STOCK = StockId.of(LENTILS);
    static final String LENTIL_SKU = "DAL-MASOOR";
    static final Quantity LENTILS_ORDERED = Quantity.of("1.5");
    static final Quantity LENTILS_AVAILABLE = Quantity.of(1);

    static final Money TOTAL = Money.of("5170.00");
    /** One bag of rice, the lentils dropped. */
    static final Money PARTIAL_TOTAL = Money.of("2450.00");
    static final Quantity RICE_CONFIRMED = Quantity.of(1);
    static final Money AVAILABLE_CREDIT = Money.of("3000.00");

    /** 10:00 on 1 June 2025 in Kathmandu (UTC+05:45). */
    static final Instant PLACED_AT = Instant.parse("2025-06-01T04:15:00Z");
    static final LocalDate DELIVERY_DATE = LocalDate.of(2025, 6, 3);
    /** 14:00 on 3 June 2025 in Kathmandu. */
    static final Instant DELIVERED_AT = Instant.parse("2025-06-03T08:15:00Z");
    /** Fifteen days after the delivery on 3 June. */
    static final LocalDate DUE_DATE = LocalDate.of(2025, 6, 18);
    /** Midnight starting 16 June in Kathmandu: two days before the due date. */
    static final Instant DUE_SOON_AT = Instant.parse("2025-06-15T18:15:00Z");
    /** Midnight starting 19 June in Kathmandu: the first day the order is overdue. */
    static final Instant OVERDUE_AT = Instant.parse("2025-06-18T18:15:00Z");

    static final String FIRST_PAYMENT_ID = "pay-kh-002417-1";
    static final Money FIRST_PAYMENT = Money.of("2000.00");
    static final String SECOND_PAYMENT_ID = "pay-kh-002417-2";
    static final Money SECOND_PAYMENT = Money.of("3170.00");

    private static final OrderHeader HEADER = new OrderHeader(ORDER_NUMBER, BUYER_ID, VENDOR_ID, "Ason Tole, Kathmandu",
            "Deliver before the shop opens");

    private FulfilmentEvents() {
    }

    // ---- the order ----

    static OrderPlaced placedCodOrder() {
        return placed(PaymentTerms.COD);
    }

    static OrderPlaced placedCreditOrder() {
        return placed(PaymentTerms.NET15);
    }

    static OrderDrafted draftedCodOrder() {
        return new OrderDrafted(ORDER_ID, HEADER, lines(), TOTAL, PaymentTerms.COD, "SM5e8d21c0a7f34b",
                new BigDecimal("0.91"), "ne");
    }

    static OrderDraftDiscarded draftDiscarded() {
        return new OrderDraftDiscarded(ORDER_ID, BUYER_ID, "SM5e8d21c0a7f34b", "the buyer corrected the message");
    }

    static OrderDeclined declinedForShortStock() {
        return new OrderDeclined(ORDER_ID, BUYER_ID, VENDOR_ID, "INSUFFICIENT_STOCK", "not enough stock for some lines",
                List.of(LENTIL_SKU + ": 1.5 requested, 1 available"));
    }

    static OrderDeclined declinedForCredit() {
        return new OrderDeclined(ORDER_ID, BUYER_ID, VENDOR_ID, "CREDIT_DECLINED",
                "the order total is more than the available credit", List.of("CREDIT_LIMIT_EXCEEDED"));
    }

    static OrderConfirmed confirmed() {
        return new OrderConfirmed(ORDER_ID, VENDOR_ID, DELIVERY_DATE);
    }

    /** The vendor can send one bag of rice instead of two, and no lentils. */
    static OrderPartiallyConfirmed riceHalvedAndLentilsDropped() {
        OrderLine oneBag = riceLine(RICE_CONFIRMED);
        return new OrderPartiallyConfirmed(ORDER_ID, BUYER_ID, VENDOR_ID, DELIVERY_DATE, List.of(oneBag),
                List.of(new LineChange(RICE, RICE_SKU, oneBag.name(), RICE_ORDERED, RICE_CONFIRMED),
                        new LineChange(LENTILS, LENTIL_SKU, lentilLine().name(), LENTILS_ORDERED, Quantity.ZERO)),
                TOTAL, PARTIAL_TOTAL);
    }

    static OrderRejected rejected() {
        return new OrderRejected(ORDER_ID, VENDOR_ID, "Out of jeera masino this week");
    }

    static OrderDispatched dispatched() {
        return new OrderDispatched(ORDER_ID, lines());
    }

    static OrderDispatched dispatchedAfterPartialConfirmation() {
        return new OrderDispatched(ORDER_ID, List.of(riceLine(RICE_CONFIRMED)));
    }

    static OrderDelivered deliveredCashOnDelivery() {
        return new OrderDelivered(ORDER_ID, BUYER_ID, TOTAL, PaymentTerms.COD, null);
    }

    static OrderDelivered deliveredOnCredit() {
        return deliveredOnCreditDue(DUE_DATE);
    }

    static OrderDelivered deliveredOnCreditDue(LocalDate dueDate) {
        return new OrderDelivered(ORDER_ID, BUYER_ID, TOTAL, PaymentTerms.NET15, dueDate);
    }

    static OrderPaymentRecorded firstPartPaid() {
        return new OrderPaymentRecorded(ORDER_ID, BUYER_ID, FIRST_PAYMENT_ID, FIRST_PAYMENT, PaymentMethod.WALLET,
                FIRST_PAYMENT, TOTAL.minus(FIRST_PAYMENT));
    }

    static OrderPaymentRecorded restPaid() {
        return new OrderPaymentRecorded(ORDER_ID, BUYER_ID, SECOND_PAYMENT_ID, SECOND_PAYMENT, PaymentMethod.BANK,
                TOTAL, Money.ZERO);
    }

    static OrderPaymentRecorded paidInCashOnDelivery() {
        return new OrderPaymentRecorded(ORDER_ID, BUYER_ID, "pay-kh-002417-cash", TOTAL, PaymentMethod.CASH, TOTAL,
                Money.ZERO);
    }

    static OrderPaid paidInFull() {
        return new OrderPaid(ORDER_ID, BUYER_ID, TOTAL);
    }

    static OrderCancelled cancelledFrom(OrderStatus previousStatus) {
        return new OrderCancelled(ORDER_ID, BUYER_ID, CancelledBy.ADMIN, "the shop closed for Dashain",
                previousStatus);
    }

    static OrderExpired expiredFrom(OrderStatus previousStatus) {
        return new OrderExpired(ORDER_ID, BUYER_ID, VENDOR_ID, previousStatus, "nobody answered in time");
    }

    // ---- the stock of each line ----

    static StockReserved riceReserved() {
        return new StockReserved(RICE_STOCK, RICE, ORDER_ID, RICE_ORDERED, Quantity.of(40), Quantity.of(12));
    }

    static StockReserved lentilsReserved() {
        return new StockReserved(LENTIL_STOCK, LENTILS, ORDER_ID, LENTILS_ORDERED, Quantity.of(20), Quantity.of(6));
    }

    static StockReservationDeclined lentilsShort() {
        return new StockReservationDeclined(LENTIL_STOCK, LENTILS, ORDER_ID, LENTILS_ORDERED, LENTILS_AVAILABLE);
    }

    // ---- the buyer's credit ----

    static CreditReserved creditReserved() {
        return new CreditReserved(CREDIT_ACCOUNT, BUYER_ID, ORDER_ID, TOTAL, TOTAL, Money.of("8000.00"));
    }

    static CreditReservationDeclined creditLimitExceeded() {
        return new CreditReservationDeclined(CREDIT_ACCOUNT, BUYER_ID, ORDER_ID, TOTAL, AVAILABLE_CREDIT,
                "CREDIT_LIMIT_EXCEEDED");
    }

    // ---- histories: what the saga has heard by each stage ----

    static List<Object> codOrderAwaitingVendor() {
        return List.of(placedCodOrder(), riceReserved(), lentilsReserved());
    }

    static List<Object> creditOrderAwaitingVendor() {
        return List.of(placedCreditOrder(), creditReserved(), riceReserved(), lentilsReserved());
    }

    static List<Object> codOrderDispatched() {
        return followedBy(codOrderAwaitingVendor(), confirmed(), dispatched());
    }

    static List<Object> creditOrderDispatched() {
        return followedBy(creditOrderAwaitingVendor(), confirmed(), dispatched());
    }

    static List<Object> followedBy(List<Object> history, Object... next) {
        List<Object> longer = new ArrayList<>(history);
        longer.addAll(List.of(next));
        return longer;
    }

    // ---- lines ----

    static List<OrderLine> lines() {
        return List.of(riceLine(RICE_ORDERED), lentilLine());
    }

    /** The same credit order as the buyer listed it: lentils first, then rice. */
    static OrderPlaced placedCreditOrderLentilsFirst() {
        return new OrderPlaced(ORDER_ID, HEADER, List.of(lentilLine(), riceLine(RICE_ORDERED)), TOTAL,
                PaymentTerms.NET15);
    }

    private static OrderPlaced placed(PaymentTerms terms) {
        return new OrderPlaced(ORDER_ID, HEADER, lines(), TOTAL, terms);
    }

    private static OrderLine riceLine(Quantity quantity) {
        Money price = Money.of("2450.00");
        return new OrderLine(RICE, RICE_SKU, "Jeera Masino Rice 25 kg", "bag", quantity, price, price.times(quantity));
    }

    private static OrderLine lentilLine() {
        Money price = Money.of("180.00");
        return new OrderLine(LENTILS, LENTIL_SKU, "Masoor Dal", "kg", LENTILS_ORDERED, price,
                price.times(LENTILS_ORDERED));
    }
}
