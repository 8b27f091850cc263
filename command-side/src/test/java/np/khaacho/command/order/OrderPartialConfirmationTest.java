package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.order.ConfirmOrderPartially;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.LineAdjustment;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.reading.CorrectedBy;
import np.khaacho.kernel.reading.LineMeant;
import np.khaacho.kernel.reading.ReadingCorrected;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static np.khaacho.command.Refusals.namingFields;
import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.FLOUR;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.RICE;
import static np.khaacho.command.order.Orders.DELIVERY_DATE;
import static np.khaacho.command.order.Orders.MESSAGE_ID;
import static np.khaacho.command.order.Orders.ORDER_ID;
import static np.khaacho.command.order.Orders.TOTAL;
import static np.khaacho.command.order.Orders.codOrderIn;
import static np.khaacho.command.order.Orders.line;
import static np.khaacho.command.order.Orders.lost;
import static np.khaacho.command.order.Orders.payment;
import static np.khaacho.kernel.common.ErrorCode.ILLEGAL_TRANSITION;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

/** The vendor of the rice-and-lentils order can supply only 1 kg of the 1.5 kg of lentils, or no rice. */
class OrderPartialConfirmationTest {

    private static final List<OrderLine> ONE_KG_OF_LENTILS = List.of(line(RICE, "1", "2450.00"),
            line(LENTILS, "1", "165.00"));
    private static final Money ONE_KG_OF_LENTILS_TOTAL = Money.of("2615.00");

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void confirmsFewerUnitsOfALineWithItsSubtotalAndTheTotalRecomputed() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, "1")))
                .expectEvents(oneKgOfLentilsConfirmed(), lost(LostDemandCause.CUT_BY_VENDOR, LENTILS, "0.5"));
    }

    @Test
    void dropsALineAdjustedToZero() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(RICE, "0")))
                .expectEvents(partiallyConfirmed(List.of(line(LENTILS, "1.5", "247.50")),
                        List.of(change(RICE, "1", "0")), "247.50"), lost(LostDemandCause.CUT_BY_VENDOR, RICE, "1"));
    }

    @Test
    void roundsTheNewSubtotalToThePaisa() {
        // 165.00 x 0.503 = 82.995
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, "0.503")))
                .expectEvents(partiallyConfirmed(List.of(line(RICE, "1", "2450.00"), line(LENTILS, "0.503", "83.00")),
                        List.of(change(LENTILS, "1.5", "0.503")), "2533.00"),
                        lost(LostDemandCause.CUT_BY_VENDOR, LENTILS, "0.997"));
    }

    @Test
    void recordsOnlyTheLinesThatActuallyChange() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(RICE, "1.000"), adjust(LENTILS, "1")))
                .expectEvents(oneKgOfLentilsConfirmed(), lost(LostDemandCause.CUT_BY_VENDOR, LENTILS, "0.5"));
    }

    @Test
    void dispatchesTheConfirmedLines() {
        fixture.given(partiallyConfirmedOrder())
                .when(new DispatchOrder(ORDER_ID))
                .expectEvents(new OrderDispatched(ORDER_ID, ONE_KG_OF_LENTILS));
    }

    @Test
    void deliversForTheConfirmedTotal() {
        fixture.given(partiallyConfirmedOrder())
                .andGiven(new OrderDispatched(ORDER_ID, ONE_KG_OF_LENTILS))
                .when(new DeliverOrder(ORDER_ID))
                .expectEvents(new OrderDelivered(ORDER_ID, COD_BUYER.buyerId(), ONE_KG_OF_LENTILS_TOTAL,
                        COD_BUYER.paymentTerms(), null));
    }

    @Test
    void isPaidByTheConfirmedTotal() {
        fixture.given(partiallyConfirmedOrder())
                .andGiven(new OrderDispatched(ORDER_ID, ONE_KG_OF_LENTILS), new OrderDelivered(ORDER_ID,
                        COD_BUYER.buyerId(), ONE_KG_OF_LENTILS_TOTAL, COD_BUYER.paymentTerms(), null))
                .when(payment("pay-1", "2615.00"))
                .expectEvents(new OrderPaymentRecorded(ORDER_ID, COD_BUYER.buyerId(), "pay-1", ONE_KG_OF_LENTILS_TOTAL,
                                PaymentMethod.CASH, ONE_KG_OF_LENTILS_TOTAL, Money.ZERO),
                        new OrderPaid(ORDER_ID, COD_BUYER.buyerId(), ONE_KG_OF_LENTILS_TOTAL));
    }

    @Test
    void ignoresTheSamePartialConfirmationRepeated() {
        fixture.given(partiallyConfirmedOrder())
                .when(confirmPartially(adjust(LENTILS, "1")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresTheSameDroppedLineRepeated() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .andGiven(partiallyConfirmed(List.of(line(LENTILS, "1.5", "247.50")), List.of(change(RICE, "1", "0")),
                        "247.50"))
                .when(confirmPartially(adjust(RICE, "0")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnotherPartialConfirmationOnceConfirmed() {
        fixture.given(partiallyConfirmedOrder())
                .when(confirmPartially(adjust(LENTILS, "0.5")))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("CONFIRMED"));
    }

    @Test
    void refusesTheSameAdjustmentsForAnotherDeliveryDateOnceConfirmed() {
        fixture.given(partiallyConfirmedOrder())
                .when(new ConfirmOrderPartially(ORDER_ID, DELIVERY_DATE.plusDays(1), List.of(adjust(LENTILS, "1"))))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION));
    }

    @Test
    void refusesPartialConfirmationWithoutDeliveryDate() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new ConfirmOrderPartially(ORDER_ID, null, List.of(adjust(LENTILS, "1"))))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @Test
    void refusesAdjustmentOfAProductTheOrderDoesNotHave() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, "1"), adjust(FLOUR, "1")))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectException(namingFields(FLOUR.productId().value()));
    }

    @ParameterizedTest(name = "refuses {0} kg of the 1.5 kg of lentils ordered")
    @ValueSource(strings = {"-0.5", "1.501", "2"})
    void refusesQuantityBelowZeroOrAboveWhatWasOrdered(String quantity) {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, quantity)))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectException(namingFields(LENTILS.sku()));
    }

    @Test
    void refusesAdjustmentWithoutQuantity() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(new LineAdjustment(LENTILS.productId(), null)))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectException(namingFields(LENTILS.sku()));
    }

    @Test
    void refusesAdjustmentWithoutProduct() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, "1"), new LineAdjustment(null, Quantity.of(1))))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectException(namingFields("adjustments"));
    }

    @Test
    void refusesTheSameProductAdjustedTwice() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(LENTILS, "1"), adjust(LENTILS, "1")))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectException(namingFields(LENTILS.sku()));
    }

    @Test
    void namesEveryBadAdjustmentAtOnce() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(FLOUR, "1"), adjust(RICE, "2"), adjust(LENTILS, "-1")))
                .expectNoEvents()
                .expectException(namingFields(FLOUR.productId().value(), RICE.sku(), LENTILS.sku()));
    }

    @Test
    void refusesAdjustmentsThatChangeNothing() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(RICE, "1"), adjust(LENTILS, "1.5")))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectExceptionMessage(containsString("change nothing"));
    }

    @Test
    void refusesPartialConfirmationWithoutAdjustments() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(new ConfirmOrderPartially(ORDER_ID, DELIVERY_DATE, null))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectExceptionMessage(containsString("change nothing"));
    }

    @Test
    void refusesDroppingEveryLine() {
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(adjust(RICE, "0"), adjust(LENTILS, "0")))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectExceptionMessage(containsString("reject the order instead"));
    }

    @ParameterizedTest(name = "refuses partial confirmation of a {0} order")
    @EnumSource(mode = EXCLUDE, names = "AWAITING_VENDOR")
    void refusesPartialConfirmationUnlessTheOrderAwaitsTheVendor(OrderStatus status) {
        fixture.given(codOrderIn(status))
                .when(confirmPartially(adjust(LENTILS, "1")))
                .expectNoEvents()
                .expectException(hasCode(ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString(status.name()));
    }

    @Test
    void aLineTheVendorSaysWasReadWrongIsDroppedWithoutLostDemandAndTeachesTheBuyersWords() {
        LineMeant meant = new LineMeant(FLOUR.productId(), FLOUR.sku(), "chamal");
        fixture.given(whatsAppOrderAwaitingVendor())
                .when(confirmPartially(new LineAdjustment(RICE.productId(), Quantity.of("0"), meant)))
                .expectEvents(partiallyConfirmed(List.of(line(LENTILS, "1.5", "247.50")),
                                List.of(change(RICE, "1", "0")), "247.50"),
                        new ReadingCorrected(ORDER_ID.value() + "|" + RICE.productId().value(), COD_BUYER.buyerId(),
                                "chamal", RICE.productId(), FLOUR.productId(), FLOUR.sku(), CorrectedBy.VENDOR, ORDER_ID,
                                MESSAGE_ID));
    }

    @Test
    void refusesToKeepALineItSaysWasReadWrong() {
        LineMeant meant = new LineMeant(FLOUR.productId(), FLOUR.sku(), "chamal");
        fixture.given(whatsAppOrderAwaitingVendor())
                .when(confirmPartially(new LineAdjustment(RICE.productId(), Quantity.of("1"), meant)))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectExceptionMessage(containsString("send quantity 0"));
    }

    @Test
    void refusesToCorrectTheReadingOfAnOrderNotReadFromAMessage() {
        LineMeant meant = new LineMeant(FLOUR.productId(), FLOUR.sku(), "chamal");
        fixture.given(codOrderIn(OrderStatus.AWAITING_VENDOR))
                .when(confirmPartially(new LineAdjustment(RICE.productId(), Quantity.of("0"), meant)))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR))
                .expectExceptionMessage(containsString("read from the buyer's message"));
    }

    /** The order drafted from a WhatsApp message, placed with a yes and waiting for its vendor. */
    private static List<Object> whatsAppOrderAwaitingVendor() {
        return List.of(Orders.draftedCodOrder(), Orders.placedCodOrder(), Orders.awaitingVendor());
    }

    private static ConfirmOrderPartially confirmPartially(LineAdjustment... adjustments) {
        return new ConfirmOrderPartially(ORDER_ID, DELIVERY_DATE, Arrays.asList(adjustments));
    }

    private static LineAdjustment adjust(ProductTerms product, String quantity) {
        return new LineAdjustment(product.productId(), Quantity.of(quantity));
    }

    private static LineChange change(ProductTerms product, String previousQuantity, String quantity) {
        return new LineChange(product.productId(), product.sku(), product.name(), Quantity.of(previousQuantity),
                Quantity.of(quantity));
    }

    private static OrderPartiallyConfirmed partiallyConfirmed(List<OrderLine> lines, List<LineChange> changes,
                                                              String total) {
        return new OrderPartiallyConfirmed(ORDER_ID, COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(), DELIVERY_DATE,
                lines, changes, TOTAL, Money.of(total));
    }

    private static OrderPartiallyConfirmed oneKgOfLentilsConfirmed() {
        return partiallyConfirmed(ONE_KG_OF_LENTILS, List.of(change(LENTILS, "1.5", "1")), "2615.00");
    }

    private static List<Object> partiallyConfirmedOrder() {
        List<Object> history = new ArrayList<>(codOrderIn(OrderStatus.AWAITING_VENDOR));
        history.add(oneKgOfLentilsConfirmed());
        return history;
    }
}
