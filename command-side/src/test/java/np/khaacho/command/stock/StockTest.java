package np.khaacho.command.stock;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.AdjustStock;
import np.khaacho.kernel.stock.AdjustStockReservation;
import np.khaacho.kernel.stock.CommitStock;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.ReleaseStock;
import np.khaacho.kernel.stock.ReserveStock;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static np.khaacho.command.Refusals.namingFields;
import static np.khaacho.command.Refusals.refusedWith;
import static np.khaacho.command.stock.StockEvents.DELIVERY_NOTE;
import static np.khaacho.command.stock.StockEvents.ORDER_A;
import static np.khaacho.command.stock.StockEvents.ORDER_B;
import static np.khaacho.command.stock.StockEvents.ORDER_C;
import static np.khaacho.command.stock.StockEvents.RICE;
import static np.khaacho.command.stock.StockEvents.RICE_STOCK;
import static np.khaacho.command.stock.StockEvents.adjusted;
import static np.khaacho.command.stock.StockEvents.committed;
import static np.khaacho.command.stock.StockEvents.declined;
import static np.khaacho.command.stock.StockEvents.opened;
import static np.khaacho.command.stock.StockEvents.qty;
import static np.khaacho.command.stock.StockEvents.received;
import static np.khaacho.command.stock.StockEvents.released;
import static np.khaacho.command.stock.StockEvents.reservationAdjusted;
import static np.khaacho.command.stock.StockEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;

class StockTest {

    private AggregateTestFixture<Stock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Stock.class);
    }

    private static ReceiveStock receive(String quantity) {
        return new ReceiveStock(RICE_STOCK, RICE, qty(quantity), DELIVERY_NOTE);
    }

    private static AdjustStock adjust(String delta, String reason) {
        return new AdjustStock(RICE_STOCK, qty(delta), reason);
    }

    private static ReserveStock reserve(OrderId orderId, String quantity) {
        return new ReserveStock(RICE_STOCK, orderId, qty(quantity));
    }

    private static ReleaseStock release(OrderId orderId) {
        return new ReleaseStock(RICE_STOCK, orderId, "order cancelled");
    }

    private static CommitStock commit(OrderId orderId) {
        return new CommitStock(RICE_STOCK, orderId);
    }

    private static AdjustStockReservation adjustReservation(OrderId orderId, String quantity) {
        return new AdjustStockReservation(RICE_STOCK, orderId, qty(quantity));
    }

    @Nested
    class Receiving {

        @Test
        void firstReceiptOpensTheStock() {
            fixture.givenNoPriorActivity()
                    .when(receive("10"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened("10"));
        }

        @Test
        void laterReceiptAddsToWhatIsOnHandAndKeepsWhatIsReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(receive("5"))
                    .expectEvents(received("5", "15", "4"));
        }

        @Test
        void receiptOfAFractionalQuantityIsCountedExactly() {
            fixture.given(opened("10"))
                    .when(receive("2.375"))
                    .expectEvents(received("2.375", "12.375", "0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-3"})
        void refusesReceiptThatIsNotPositive(String quantity) {
            fixture.given(opened("10"))
                    .when(receive(quantity))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("quantity"));
        }

        @Test
        void refusesFirstReceiptWithoutQuantity() {
            fixture.givenNoPriorActivity()
                    .when(new ReceiveStock(RICE_STOCK, RICE, null, DELIVERY_NOTE))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("quantity"));
        }

        @Test
        void refusesReceiptOfAnotherProduct() {
            fixture.givenNoPriorActivity()
                    .when(new ReceiveStock(RICE_STOCK, ProductId.of("product-sugar-1kg"), qty("5"), DELIVERY_NOTE))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("productId"));
        }
    }

    @Nested
    class Adjusting {

        @Test
        void adjustmentTakesDamagedGoodsOffHand() {
            fixture.given(opened("10"))
                    .when(adjust("-3", "rats got into two sacks"))
                    .expectEvents(adjusted("-3", "rats got into two sacks", "7", "0"));
        }

        @Test
        void adjustmentAddsGoodsFoundInACount() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjust("2", "stock count"))
                    .expectEvents(adjusted("2", "stock count", "12", "4"));
        }

        @Test
        void adjustmentMayBringOnHandDownToExactlyWhatIsReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjust("-6", "stock count"))
                    .expectEvents(adjusted("-6", "stock count", "4", "4"));
        }

        @Test
        void refusesAdjustmentThatLeavesLessOnHandThanIsReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjust("-6.5", "stock count"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.STOCK_BELOW_RESERVED));
        }

        @Test
        void refusesAdjustmentThatWouldMakeOnHandNegative() {
            fixture.given(opened("10"))
                    .when(adjust("-11", "stock count"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.STOCK_BELOW_RESERVED));
        }

        @Test
        void refusesAdjustmentByZero() {
            fixture.given(opened("10"))
                    .when(adjust("0", "stock count"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("delta"));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void refusesAdjustmentWithoutReason(String reason) {
            fixture.given(opened("10"))
                    .when(adjust("-1", reason))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("reason"));
        }

        @Test
        void refusesAdjustmentOfStockThatWasNeverReceived() {
            fixture.givenNoPriorActivity()
                    .when(adjust("5", "stock count"))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Reserving {

        @Test
        void reservesWhatIsAvailable() {
            fixture.given(opened("10"))
                    .when(reserve(ORDER_A, "4"))
                    .expectEvents(reserved(ORDER_A, "4", "10", "4"));
        }

        @Test
        void reservesExactlyAllThatIsLeft() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(reserve(ORDER_B, "6"))
                    .expectEvents(reserved(ORDER_B, "6", "10", "10"));
        }

        @Test
        void declinesReservationWhenAvailableIsShort() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(reserve(ORDER_B, "6.001"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(declined(ORDER_B, "6.001", "6"));
        }

        @Test
        void declinedReservationHoldsNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), declined(ORDER_B, "7", "6"))
                    .when(reserve(ORDER_C, "6"))
                    .expectEvents(reserved(ORDER_C, "6", "10", "10"));
        }

        @Test
        void repeatedReservationForSameOrderChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(reserve(ORDER_A, "4.000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesDifferentQuantityForAnOrderAlreadyReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(reserve(ORDER_A, "5"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.CONFLICT));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void refusesReservationThatIsNotPositive(String quantity) {
            fixture.given(opened("10"))
                    .when(reserve(ORDER_A, quantity))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("quantity"));
        }

        @Test
        void refusesReservationWithoutOrder() {
            fixture.given(opened("10"))
                    .when(reserve(null, "1"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("orderId"));
        }

        @Test
        void lateRepeatOfReservationForADispatchedOrderChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), committed(ORDER_A, "4", "6", "0"))
                    .when(reserve(ORDER_A, "4"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void orderMayReserveAgainAfterItsReservationWasReleased() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            released(ORDER_A, "4", "order cancelled", "10", "0"))
                    .when(reserve(ORDER_A, "5"))
                    .expectEvents(reserved(ORDER_A, "5", "10", "5"));
        }
    }

    @Nested
    class AdjustingReservations {

        @Test
        void lowerReservationGivesTheDifferenceBack() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), reserved(ORDER_B, "3", "10", "7"))
                    .when(adjustReservation(ORDER_A, "2.5"))
                    .expectEvents(reservationAdjusted(ORDER_A, "4", "2.5", "10", "5.5"));
        }

        @Test
        void higherReservationMayTakeExactlyAllThatIsAvailable() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), reserved(ORDER_B, "3", "10", "7"))
                    .when(adjustReservation(ORDER_A, "7"))
                    .expectEvents(reservationAdjusted(ORDER_A, "4", "7", "10", "10"));
        }

        @Test
        void refusesHigherReservationThanIsAvailable() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), reserved(ORDER_B, "3", "10", "7"))
                    .when(adjustReservation(ORDER_A, "7.001"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.INSUFFICIENT_STOCK));
        }

        @Test
        void sameQuantityChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjustReservation(ORDER_A, "4.000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatedAdjustmentChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            reservationAdjusted(ORDER_A, "4", "2.5", "10", "2.5"))
                    .when(adjustReservation(ORDER_A, "2.5"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void adjustedReservationIsWhatIsLaterCommitted() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            reservationAdjusted(ORDER_A, "4", "2.5", "10", "2.5"))
                    .when(commit(ORDER_A))
                    .expectEvents(committed(ORDER_A, "2.5", "7.5", "0"));
        }

        @Test
        void refusesAdjustmentForAnOrderThatNeverReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjustReservation(ORDER_B, "1"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesAdjustmentOfAReservationThatWasReleased() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            released(ORDER_A, "4", "order cancelled", "10", "0"))
                    .when(adjustReservation(ORDER_A, "2"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesAdjustmentOfAReservationThatWasCommitted() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), committed(ORDER_A, "4", "6", "0"))
                    .when(adjustReservation(ORDER_A, "2"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void refusesAdjustmentToNothingOrLess(String quantity) {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjustReservation(ORDER_A, quantity))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("quantity"));
        }

        @Test
        void refusesAdjustmentWithoutOrder() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(adjustReservation(null, "2"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("orderId"));
        }
    }

    @Nested
    class Releasing {

        @Test
        void releaseGivesBackWhatTheOrderHeld() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), reserved(ORDER_B, "3", "10", "7"))
                    .when(release(ORDER_A))
                    .expectEvents(released(ORDER_A, "4", "order cancelled", "10", "3"));
        }

        @Test
        void releaseForAnOrderHoldingNothingChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(release(ORDER_B))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatedReleaseChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            released(ORDER_A, "4", "order cancelled", "10", "0"))
                    .when(release(ORDER_A))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void releaseAfterDispatchChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), committed(ORDER_A, "4", "6", "0"))
                    .when(release(ORDER_A))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Committing {

        @Test
        void commitTakesTheReservedGoodsOffHand() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), reserved(ORDER_B, "3", "10", "7"))
                    .when(commit(ORDER_A))
                    .expectEvents(committed(ORDER_A, "4", "6", "3"));
        }

        @Test
        void repeatedCommitChangesNothing() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"), committed(ORDER_A, "4", "6", "0"))
                    .when(commit(ORDER_A))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesCommitForAnOrderThatNeverReserved() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"))
                    .when(commit(ORDER_B))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesCommitOfAReservationThatWasReleased() {
            fixture.given(opened("10"), reserved(ORDER_A, "4", "10", "4"),
                            released(ORDER_A, "4", "order cancelled", "10", "0"))
                    .when(commit(ORDER_A))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }
    }

    @Nested
    class OverASequence {

        @Test
        void onHandAndReservedAddUpAfterReceivingReservingReleasingAdjustingAndCommitting() {
            fixture.givenCommands(
                            receive("10"),
                            reserve(ORDER_A, "3"),
                            reserve(ORDER_B, "4.5"),
                            reserve(ORDER_C, "5"),
                            release(ORDER_A),
                            receive("1.5"),
                            adjust("-2", "stock count"),
                            reserve(ORDER_C, "5"))
                    .when(commit(ORDER_B))
                    // received 11.5, adjusted -2, dispatched 4.5: 5 left on hand, all of it held for C
                    .expectEvents(committed(ORDER_B, "4.5", "5", "5"));
        }

        @Test
        void aRushOfOrdersNeverOversells() {
            fixture.givenCommands(
                            receive("10"),
                            reserve(OrderId.of("order-1"), "3"),
                            reserve(OrderId.of("order-2"), "3"),
                            reserve(OrderId.of("order-3"), "3"),
                            reserve(OrderId.of("order-4"), "3"),
                            reserve(OrderId.of("order-5"), "3"))
                    .when(reserve(OrderId.of("order-6"), "1"))
                    .expectEvents(reserved(OrderId.of("order-6"), "1", "10", "10"));
        }
    }

    @Nested
    class Snapshotting {

        @Test
        void snapshotKeepsReservationsAndDispatchedOrders() {
            Stock stock = new Stock();
            stock.on(opened("10"));
            stock.on(reserved(ORDER_A, "4", "10", "4"));
            stock.on(reserved(ORDER_B, "2.5", "10", "6.5"));
            stock.on(reservationAdjusted(ORDER_B, "2.5", "2", "10", "6"));
            stock.on(committed(ORDER_A, "4", "6", "2"));
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

            SerializedObject<byte[]> snapshot = serializer.serialize(stock, byte[].class);
            Stock restored = serializer.deserialize(snapshot);

            assertThat(restored).usingRecursiveComparison().isEqualTo(stock);
        }
    }
}
