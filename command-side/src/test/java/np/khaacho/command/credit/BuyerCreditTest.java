package np.khaacho.command.credit;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.credit.AdjustCreditReservation;
import np.khaacho.kernel.credit.ChangeCreditTerms;
import np.khaacho.kernel.credit.ChargeCredit;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.credit.RecordRepayment;
import np.khaacho.kernel.credit.ReleaseCredit;
import np.khaacho.kernel.credit.ReserveCredit;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
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
import static np.khaacho.command.credit.Credits.ACCOUNT;
import static np.khaacho.command.credit.Credits.BUYER;
import static np.khaacho.command.credit.Credits.CANCELLED;
import static np.khaacho.command.credit.Credits.ORDER_A;
import static np.khaacho.command.credit.Credits.ORDER_B;
import static np.khaacho.command.credit.Credits.ORDER_C;
import static np.khaacho.command.credit.Credits.cashOnDelivery;
import static np.khaacho.command.credit.Credits.charged;
import static np.khaacho.command.credit.Credits.npr;
import static np.khaacho.command.credit.Credits.opened;
import static np.khaacho.command.credit.Credits.overLimit;
import static np.khaacho.command.credit.Credits.released;
import static np.khaacho.command.credit.Credits.repaid;
import static np.khaacho.command.credit.Credits.reservationAdjusted;
import static np.khaacho.command.credit.Credits.reserved;
import static np.khaacho.command.credit.Credits.termsChanged;
import static np.khaacho.kernel.common.PaymentTerms.COD;
import static np.khaacho.kernel.common.PaymentTerms.NET15;
import static np.khaacho.kernel.common.PaymentTerms.NET30;
import static org.assertj.core.api.Assertions.assertThat;

class BuyerCreditTest {

    private AggregateTestFixture<BuyerCredit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BuyerCredit.class);
    }

    private static OpenCreditAccount open(String limit, PaymentTerms terms) {
        return new OpenCreditAccount(ACCOUNT, BUYER, limit == null ? null : npr(limit), terms);
    }

    private static ChangeCreditTerms changeTerms(String limit, PaymentTerms terms) {
        return new ChangeCreditTerms(ACCOUNT, limit == null ? null : npr(limit), terms);
    }

    private static ReserveCredit reserve(OrderId orderId, String amount) {
        return new ReserveCredit(ACCOUNT, orderId, npr(amount));
    }

    private static AdjustCreditReservation adjustReservation(OrderId orderId, String amount) {
        return new AdjustCreditReservation(ACCOUNT, orderId, npr(amount));
    }

    private static ReleaseCredit release(OrderId orderId) {
        return new ReleaseCredit(ACCOUNT, orderId, CANCELLED);
    }

    private static ChargeCredit charge(OrderId orderId, String amount) {
        return new ChargeCredit(ACCOUNT, orderId, npr(amount));
    }

    private static RecordRepayment repay(String paymentId, OrderId orderId, String amount) {
        return new RecordRepayment(ACCOUNT, paymentId, orderId, npr(amount));
    }

    @Nested
    class Opening {

        @Test
        void opensAccountWithLimitAndTerms() {
            fixture.givenNoPriorActivity()
                    .when(open("50000", NET30))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened("50000", NET30));
        }

        @Test
        void opensCashOnDeliveryAccountWithAnyLimit() {
            fixture.givenNoPriorActivity()
                    .when(open("20000", COD))
                    .expectEvents(opened("20000", COD));
        }

        @Test
        void opensAccountWithNoCredit() {
            fixture.givenNoPriorActivity()
                    .when(open("0", NET15))
                    .expectEvents(opened("0", NET15));
        }

        @Test
        void refusesNegativeLimit() {
            fixture.givenNoPriorActivity()
                    .when(open("-0.01", NET30))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("creditLimit"));
        }

        @Test
        void refusesAccountWithoutLimitOrTerms() {
            fixture.givenNoPriorActivity()
                    .when(open(null, null))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("creditLimit", "paymentTerms"));
        }

        @Test
        void refusesAccountForAnotherBuyer() {
            fixture.givenNoPriorActivity()
                    .when(new OpenCreditAccount(ACCOUNT, BuyerId.of("buyer-someone-else"), npr("1000"), NET30))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("buyerId"));
        }
    }

    @Nested
    class ChangingTerms {

        @Test
        void raisesLimitAndShortensTerms() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "3000", "3000", "0"))
                    .when(changeTerms("20000", NET15))
                    .expectEvents(termsChanged("20000", NET15, "3000", "0"));
        }

        @Test
        void lowersLimitDownToExactlyWhatIsInUse() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "3000", "3000", "0"),
                            charged(ORDER_A, "3000", "3000", "0", "3000"), reserved(ORDER_B, "2000", "2000", "3000"))
                    .when(changeTerms("5000", NET30))
                    .expectEvents(termsChanged("5000", NET30, "2000", "3000"));
        }

        @Test
        void refusesLimitBelowWhatIsReservedAndOwed() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "3000", "3000", "0"),
                            charged(ORDER_A, "3000", "3000", "0", "3000"), reserved(ORDER_B, "2000", "2000", "3000"))
                    .when(changeTerms("4999.99", NET30))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.CREDIT_LIMIT_BELOW_USAGE));
        }

        @Test
        void unchangedTermsChangeNothing() {
            fixture.given(opened("10000", NET30))
                    .when(changeTerms("10000.00", NET30))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void switchingToCashOnDeliveryKeepsWhatIsAlreadyReserved() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "3000", "3000", "0"))
                    .when(changeTerms("10000", COD))
                    .expectEvents(termsChanged("10000", COD, "3000", "0"));
        }

        @Test
        void refusesNegativeLimitOrMissingTerms() {
            fixture.given(opened("10000", NET30))
                    .when(changeTerms("-1", null))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("creditLimit", "paymentTerms"));
        }
    }

    @Nested
    class Reserving {

        @Test
        void reservesWithinWhatIsAvailable() {
            fixture.given(opened("10000", NET30))
                    .when(reserve(ORDER_A, "4250.50"))
                    .expectEvents(reserved(ORDER_A, "4250.50", "4250.50", "0"));
        }

        @Test
        void reservesExactlyAllThatIsAvailable() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            charged(ORDER_A, "4000", "4000", "0", "4000"), reserved(ORDER_B, "1000", "1000", "4000"))
                    .when(reserve(ORDER_C, "5000"))
                    .expectEvents(reserved(ORDER_C, "5000", "6000", "4000"));
        }

        @Test
        void declinesReservationOverTheLimit() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            charged(ORDER_A, "4000", "4000", "0", "4000"), reserved(ORDER_B, "1000", "1000", "4000"))
                    .when(reserve(ORDER_C, "5000.01"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(overLimit(ORDER_C, "5000.01", "5000"));
        }

        @Test
        void declinesReservationOnCashOnDeliveryTerms() {
            fixture.given(opened("20000", COD))
                    .when(reserve(ORDER_A, "100"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(cashOnDelivery(ORDER_A, "100"));
        }

        @Test
        void declinesReservationOnceTermsChangedToCashOnDelivery() {
            fixture.given(opened("10000", NET30), termsChanged("10000", COD, "0", "0"))
                    .when(reserve(ORDER_A, "100"))
                    .expectEvents(cashOnDelivery(ORDER_A, "100"));
        }

        @Test
        void declinedReservationHoldsNothing() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            overLimit(ORDER_B, "7000", "6000"))
                    .when(reserve(ORDER_C, "6000"))
                    .expectEvents(reserved(ORDER_C, "6000", "10000", "0"));
        }

        @Test
        void repeatedReservationForSameOrderChangesNothing() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"))
                    .when(reserve(ORDER_A, "4000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesDifferentAmountForAnOrderAlreadyReserved() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"))
                    .when(reserve(ORDER_A, "4000.01"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.CONFLICT));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-50"})
        void refusesReservationThatIsNotPositive(String amount) {
            fixture.given(opened("10000", NET30))
                    .when(reserve(ORDER_A, amount))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("amount"));
        }

        @Test
        void lateRepeatOfReservationForAChargedOrderChangesNothing() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            charged(ORDER_A, "4000", "4000", "0", "4000"))
                    .when(reserve(ORDER_A, "4000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class AdjustingReservations {

        private final Object[] oneDeliveredOrderAndAnOpenOne = {
                opened("10000", NET30),
                reserved(ORDER_A, "3000", "3000", "0"),
                charged(ORDER_A, "3000", "3000", "0", "3000"),
                reserved(ORDER_B, "2000", "2000", "3000")
        };

        @Test
        void lowerReservationGivesTheDifferenceBack() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_B, "1650.75"))
                    .expectEvents(reservationAdjusted(ORDER_B, "2000", "1650.75", "1650.75", "3000"));
        }

        @Test
        void higherReservationMayTakeExactlyAllThatIsAvailable() {
            // 10000 limit - 2000 reserved - 3000 owed leaves 5000 to add
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_B, "7000"))
                    .expectEvents(reservationAdjusted(ORDER_B, "2000", "7000", "7000", "3000"));
        }

        @Test
        void refusesHigherReservationThanTheLimitLeaves() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_B, "7000.01"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.CREDIT_LIMIT_EXCEEDED));
        }

        @Test
        void sameAmountChangesNothing() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_B, "2000.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatedAdjustmentChangesNothing() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .andGiven(reservationAdjusted(ORDER_B, "2000", "1650.75", "1650.75", "3000"))
                    .when(adjustReservation(ORDER_B, "1650.75"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void adjustedReservationIsWhatIsLaterReleased() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .andGiven(reservationAdjusted(ORDER_B, "2000", "1650.75", "1650.75", "3000"))
                    .when(release(ORDER_B))
                    .expectEvents(released(ORDER_B, "1650.75", "0", "3000"));
        }

        @Test
        void refusesAdjustmentForAnOrderThatNeverReserved() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_C, "100"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesAdjustmentOfAReservationThatWasCharged() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_A, "2500"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesAdjustmentOfAReservationThatWasReleased() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .andGiven(released(ORDER_B, "2000", "0", "3000"))
                    .when(adjustReservation(ORDER_B, "1500"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void refusesAdjustmentToNothingOrLess(String amount) {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(ORDER_B, amount))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("amount"));
        }

        @Test
        void refusesAdjustmentWithoutOrder() {
            fixture.given(oneDeliveredOrderAndAnOpenOne)
                    .when(adjustReservation(null, "1500"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("orderId"));
        }
    }

    @Nested
    class Releasing {

        @Test
        void releaseGivesBackWhatTheOrderHeld() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            reserved(ORDER_B, "1500", "5500", "0"))
                    .when(release(ORDER_A))
                    .expectEvents(released(ORDER_A, "4000", "1500", "0"));
        }

        @Test
        void releaseForAnOrderHoldingNothingChangesNothing() {
            fixture.given(opened("10000", NET30))
                    .when(release(ORDER_A))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatedReleaseChangesNothing() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            released(ORDER_A, "4000", "0", "0"))
                    .when(release(ORDER_A))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Charging {

        @Test
        void chargeTurnsTheReservationIntoWhatIsOwed() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"))
                    .when(charge(ORDER_A, "4000"))
                    .expectEvents(charged(ORDER_A, "4000", "4000", "0", "4000"));
        }

        @Test
        void chargeForLessThanReservedReleasesTheWholeReservation() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            reserved(ORDER_B, "1000", "5000", "0"))
                    .when(charge(ORDER_A, "3650.75"))
                    .expectEvents(charged(ORDER_A, "3650.75", "4000", "1000", "3650.75"));
        }

        @Test
        void refusesChargeAboveTheReservation() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"))
                    .when(charge(ORDER_A, "4000.01"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("amount"));
        }

        @Test
        void refusesChargeForAnOrderThatNeverReserved() {
            fixture.given(opened("10000", NET30))
                    .when(charge(ORDER_A, "100"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void refusesChargeOfAReservationThatWasReleased() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            released(ORDER_A, "4000", "0", "0"))
                    .when(charge(ORDER_A, "4000"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.UNKNOWN_RESERVATION));
        }

        @Test
        void repeatedChargeChangesNothing() {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"),
                            charged(ORDER_A, "4000", "4000", "0", "4000"))
                    .when(charge(ORDER_A, "4000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void refusesChargeThatIsNotPositive(String amount) {
            fixture.given(opened("10000", NET30), reserved(ORDER_A, "4000", "4000", "0"))
                    .when(charge(ORDER_A, amount))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("amount"));
        }
    }

    @Nested
    class Repaying {

        private final Object[] twoDeliveredOrdersAndAnOpenOne = {
                opened("10000", NET30),
                reserved(ORDER_A, "3000", "3000", "0"),
                charged(ORDER_A, "3000", "3000", "0", "3000"),
                reserved(ORDER_B, "2000", "2000", "3000"),
                charged(ORDER_B, "2000", "2000", "0", "5000"),
                reserved(ORDER_C, "1000", "1000", "5000")
        };

        @Test
        void repaymentForAnOrderReducesWhatIsOwed() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", ORDER_B, "1200"))
                    .expectEvents(repaid("pay-1", ORDER_B, "1200", "1000", "3800"));
        }

        @Test
        void repaymentForNoOrderInParticularReducesTotalOwed() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", null, "5000"))
                    .expectEvents(repaid("pay-1", null, "5000", "1000", "0"));
        }

        @Test
        void repeatedPaymentChangesNothing() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .andGiven(repaid("pay-1", ORDER_A, "1000", "1000", "4000"))
                    .when(repay("pay-1", ORDER_A, "1000"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesRepaymentAboveWhatTheOrderOwes() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", ORDER_B, "2000.01"))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.REPAYMENT_EXCEEDS_OUTSTANDING));
        }

        @Test
        void refusesRepaymentForAnOrderThatOwesNothing() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", ORDER_C, "10"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.REPAYMENT_EXCEEDS_OUTSTANDING));
        }

        @Test
        void refusesRepaymentAboveTotalOwed() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", null, "5000.01"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.REPAYMENT_EXCEEDS_OUTSTANDING));
        }

        @Test
        void repaymentForNoOrderInParticularPaysTheOldestOrderFirst() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .andGiven(repaid("pay-1", null, "3500", "1000", "1500"))
                    .when(repay("pay-2", ORDER_A, "0.01"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.REPAYMENT_EXCEEDS_OUTSTANDING));
        }

        @Test
        void whatAGeneralRepaymentLeftOfALaterOrderCanStillBeRepaid() {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .andGiven(repaid("pay-1", null, "3500", "1000", "1500"))
                    .when(repay("pay-2", ORDER_B, "1500"))
                    .expectEvents(repaid("pay-2", ORDER_B, "1500", "1000", "0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1"})
        void refusesRepaymentThatIsNotPositive(String amount) {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay("pay-1", ORDER_A, amount))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("amount"));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void refusesRepaymentWithoutPaymentId(String paymentId) {
            fixture.given(twoDeliveredOrdersAndAnOpenOne)
                    .when(repay(paymentId, ORDER_A, "100"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("paymentId"));
        }
    }

    @Nested
    class OverASequence {

        @Test
        void limitEqualsAvailablePlusReservedPlusOwedAfterEveryKindOfStep() {
            fixture.givenCommands(
                            open("10000", NET30),
                            reserve(ORDER_A, "4000"),
                            reserve(ORDER_B, "3000"),
                            reserve(ORDER_C, "4000"),
                            release(ORDER_B),
                            charge(ORDER_A, "3500"),
                            repay("pay-1", null, "1000"),
                            charge(ORDER_A, "3500"))
                    // 10000 = 0 available + 7500 reserved + 2500 owed: the reservation takes exactly what is left
                    .when(reserve(OrderId.of("order-d"), "7500"))
                    .expectEvents(reserved(OrderId.of("order-d"), "7500", "7500", "2500"));
        }

        @Test
        void aRushOfOrdersNeverTakesMoreThanTheLimit() {
            fixture.givenCommands(
                            open("10000", NET30),
                            reserve(OrderId.of("order-1"), "3000"),
                            reserve(OrderId.of("order-2"), "3000"),
                            reserve(OrderId.of("order-3"), "3000"),
                            reserve(OrderId.of("order-4"), "3000"))
                    .when(reserve(OrderId.of("order-5"), "1000.01"))
                    .expectEvents(overLimit(OrderId.of("order-5"), "1000.01", "1000"));
        }
    }

    @Nested
    class Snapshotting {

        @Test
        void snapshotKeepsReservationsDebtsInTheirOrderAndPayments() {
            BuyerCredit credit = new BuyerCredit();
            credit.on(opened("10000", NET30));
            credit.on(reserved(ORDER_A, "3000", "3000", "0"));
            credit.on(charged(ORDER_A, "3000", "3000", "0", "3000"));
            credit.on(reserved(ORDER_B, "2000", "2000", "3000"));
            credit.on(charged(ORDER_B, "2000", "2000", "0", "5000"));
            credit.on(reserved(ORDER_C, "1000", "1000", "5000"));
            credit.on(reservationAdjusted(ORDER_C, "1000", "800", "800", "5000"));
            credit.on(repaid("pay-1", null, "3500", "800", "1500"));
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

            SerializedObject<byte[]> snapshot = serializer.serialize(credit, byte[].class);
            BuyerCredit restored = serializer.deserialize(snapshot);

            assertThat(restored).usingRecursiveComparison().isEqualTo(credit);
        }
    }
}
