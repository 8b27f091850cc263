package np.khaacho.command.party;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.OperatorTokenIssued;
import np.khaacho.kernel.party.RecordOperatorToken;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterStaff;
import np.khaacho.kernel.party.RegisterVendor;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static np.khaacho.command.Refusals.namingFields;
import static np.khaacho.command.Refusals.refusedWith;
import static np.khaacho.command.party.Parties.BUYER;
import static np.khaacho.command.party.Parties.BUYER_PHONE;
import static np.khaacho.command.party.Parties.STAFF;
import static np.khaacho.command.party.Parties.VENDOR;
import static np.khaacho.command.party.Parties.VENDOR_AREAS;
import static np.khaacho.command.party.Parties.VENDOR_MINIMUM;
import static np.khaacho.command.party.Parties.buyerRegistered;
import static np.khaacho.command.party.Parties.registerBuyer;
import static np.khaacho.command.party.Parties.registerStaff;
import static np.khaacho.command.party.Parties.registerVendor;
import static np.khaacho.command.party.Parties.staffRegistered;
import static np.khaacho.command.party.Parties.vendorRegistered;

class UserAccountTest {

    private AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Nested
    class RegisteringBuyers {

        @Test
        void registersAShopkeeperAsBuyer() {
            fixture.givenNoPriorActivity()
                    .when(registerBuyer(BUYER_PHONE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(buyerRegistered(BUYER_PHONE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"+12345678", "+123456789012345"})
        void acceptsTheShortestAndLongestInternationalNumbers(String phone) {
            fixture.givenNoPriorActivity()
                    .when(registerBuyer(phone))
                    .expectEvents(buyerRegistered(phone));
        }

        @Test
        void registersBuyerWithoutStreetAddress() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterBuyer(BUYER, BUYER_PHONE, "Pasal", "Ram", "Pokhara", null))
                    .expectEvents(new BuyerRegistered(BUYER, BUYER_PHONE, "Pasal", "Ram", "Pokhara", null));
        }

        @Test
        void refusesBuyerWithoutId() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterBuyer(null, BUYER_PHONE, "Pasal", "Ram", "Pokhara", null))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("buyerId"));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"9812345678", "+09812345678", "+977 9812345678", "+977-9812345678",
                "+1234567", "+1234567890123456", "+977981234567x"})
        void refusesPhoneThatIsNotAnInternationalNumber(String phone) {
            fixture.givenNoPriorActivity()
                    .when(registerBuyer(phone))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("phone"));
        }

        @Test
        void refusesBuyerAndNamesEveryBlankField() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterBuyer(BUYER, BUYER_PHONE, " ", null, "", "Baneshwor-10"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("businessName", "ownerName", "city"));
        }
    }

    @Nested
    class RegisteringVendors {

        @Test
        void registersAWholesalerAsVendor() {
            fixture.givenNoPriorActivity()
                    .when(registerVendor(VENDOR_AREAS, VENDOR_MINIMUM))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(vendorRegistered(VENDOR_AREAS, VENDOR_MINIMUM));
        }

        @Test
        void registersVendorWithoutMinimumOrder() {
            fixture.givenNoPriorActivity()
                    .when(registerVendor(List.of("Bhaktapur"), Money.ZERO))
                    .expectEvents(vendorRegistered(List.of("Bhaktapur"), Money.ZERO));
        }

        @Test
        void refusesVendorThatDeliversNowhere() {
            fixture.givenNoPriorActivity()
                    .when(registerVendor(List.of(), VENDOR_MINIMUM))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("deliveryAreas"));
        }

        @Test
        void refusesVendorWithABlankDeliveryArea() {
            fixture.givenNoPriorActivity()
                    .when(registerVendor(Arrays.asList("Kathmandu", " "), VENDOR_MINIMUM))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("deliveryAreas"));
        }

        @Test
        void refusesNegativeMinimumOrder() {
            fixture.givenNoPriorActivity()
                    .when(registerVendor(VENDOR_AREAS, Money.of("-0.01")))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("minOrderAmount"));
        }

        @Test
        void refusesVendorAndNamesEveryBadField() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterVendor(VENDOR, "01-4412345", "", null, null, null))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("phone", "businessName", "city", "deliveryAreas", "minOrderAmount"));
        }
    }

    @Nested
    class RegisteringStaff {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ADMIN", "AUDITOR"})
        void registersAdminsAndAuditors(Role role) {
            fixture.givenNoPriorActivity()
                    .when(registerStaff(role))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(staffRegistered(role));
        }

        @ParameterizedTest
        @NullSource
        @EnumSource(value = Role.class, names = {"BUYER", "VENDOR", "SYSTEM"})
        void refusesAnyOtherRole(Role role) {
            fixture.givenNoPriorActivity()
                    .when(registerStaff(role))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("role"));
        }

        @Test
        void refusesStaffAndNamesEveryBadField() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterStaff(STAFF, Role.AUDITOR, "  ", "+977"))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("name", "phone"));
        }
    }

    @Nested
    class OperatorTokens {

        private final Instant expiry = Instant.parse("2026-12-02T08:00:00Z");

        @Test
        void recordsATokenAnOperatorMintedByItsIdAndExpiry() {
            fixture.given(staffRegistered(Role.ADMIN))
                    .when(new RecordOperatorToken(STAFF.value(), "jti-1", expiry))
                    .expectEvents(new OperatorTokenIssued(STAFF.value(), "jti-1", expiry));
        }

        @Test
        void refusesATokenWithoutIdOrExpiry() {
            fixture.given(staffRegistered(Role.ADMIN))
                    .when(new RecordOperatorToken(STAFF.value(), " ", null))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("tokenId", "expiresAt"));
        }
    }

    @Nested
    class OverASequence {

        @Test
        void secondRegistrationUnderTheSameIdIsRefusedByTheEventStore() {
            // the aggregate cannot see an earlier registration; one stream per id is the store's rule
            fixture.givenCommands(registerBuyer(BUYER_PHONE))
                    .when(registerBuyer(BUYER_PHONE))
                    .expectNoEvents()
                    .expectException(EventStoreException.class);
        }
    }
}
