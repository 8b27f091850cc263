package np.khaacho.command.product;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ChangeProductPrice;
import np.khaacho.kernel.product.DelistProduct;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.UpdateProductDetails;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static np.khaacho.command.Refusals.namingFields;
import static np.khaacho.command.Refusals.refusedWith;
import static np.khaacho.command.product.Products.MIN_ORDER;
import static np.khaacho.command.product.Products.PRICE;
import static np.khaacho.command.product.Products.RICE;
import static np.khaacho.command.product.Products.SKU;
import static np.khaacho.command.product.Products.VENDOR;
import static np.khaacho.command.product.Products.delisted;
import static np.khaacho.command.product.Products.detailsUpdated;
import static np.khaacho.command.product.Products.listRice;
import static np.khaacho.command.product.Products.priceChanged;
import static np.khaacho.command.product.Products.riceDetails;
import static np.khaacho.command.product.Products.riceDetailsNamed;
import static np.khaacho.command.product.Products.riceListed;

class ProductTest {

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    @Nested
    class Listing {

        @Test
        void listsAProductForSale() {
            fixture.givenNoPriorActivity()
                    .when(listRice())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(riceListed());
        }

        @Test
        void refusesListingAndNamesEveryBadField() {
            fixture.givenNoPriorActivity()
                    .when(new ListProduct(RICE, VENDOR, " ", riceDetailsNamed("", null), Money.ZERO, Quantity.ZERO))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("sku", "price", "details.name", "details.unit", "minOrderQuantity"));
        }

        @Test
        void refusesListingWithoutVendorOrDetails() {
            fixture.givenNoPriorActivity()
                    .when(new ListProduct(RICE, null, SKU, null, PRICE, MIN_ORDER))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("vendorId", "details"));
        }

        @Test
        void refusesListingWithNegativePriceOrMinimum() {
            fixture.givenNoPriorActivity()
                    .when(new ListProduct(RICE, VENDOR, SKU, riceDetails(), Money.of("-1"), Quantity.of("-0.5")))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("price", "minOrderQuantity"));
        }
    }

    @Nested
    class UpdatingDetails {

        @Test
        void updatesDetailsAndMinimumOrder() {
            ProductDetails renamed = riceDetailsNamed("Jeera Masino Rice (new crop)", "sack");
            fixture.given(riceListed())
                    .when(new UpdateProductDetails(RICE, renamed, Quantity.of("1.5")))
                    .expectEvents(detailsUpdated(renamed, Quantity.of("1.5")));
        }

        @Test
        void identicalDetailsChangeNothing() {
            fixture.given(riceListed())
                    .when(new UpdateProductDetails(RICE, riceDetails(), Quantity.of("2.000")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesBadDetailsAndNamesEveryBadField() {
            fixture.given(riceListed())
                    .when(new UpdateProductDetails(RICE, riceDetailsNamed(null, " "), null))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("details.name", "details.unit", "minOrderQuantity"));
        }

        @Test
        void refusesUpdateOfADelistedProduct() {
            fixture.given(riceListed(), delisted())
                    .when(new UpdateProductDetails(RICE, riceDetailsNamed("Rice", "sack"), MIN_ORDER))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.ILLEGAL_TRANSITION));
        }
    }

    @Nested
    class ChangingPrice {

        @Test
        void changesPriceAndRemembersThePreviousOne() {
            fixture.given(riceListed())
                    .when(new ChangeProductPrice(RICE, Money.of("2399.50")))
                    .expectEvents(priceChanged(PRICE, Money.of("2399.50")));
        }

        @Test
        void secondChangeStartsFromTheFirst() {
            fixture.given(riceListed(), priceChanged(PRICE, Money.of("2399.50")))
                    .when(new ChangeProductPrice(RICE, Money.of("2500")))
                    .expectEvents(priceChanged(Money.of("2399.50"), Money.of("2500")));
        }

        @Test
        void samePriceChangesNothing() {
            fixture.given(riceListed())
                    .when(new ChangeProductPrice(RICE, Money.of("2450")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"0", "-10"})
        void refusesPriceThatIsNotPositive(String price) {
            fixture.given(riceListed())
                    .when(new ChangeProductPrice(RICE, price == null ? null : Money.of(price)))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.VALIDATION_ERROR))
                    .expectException(namingFields("price"));
        }

        @Test
        void refusesPriceChangeOfADelistedProduct() {
            fixture.given(riceListed(), delisted())
                    .when(new ChangeProductPrice(RICE, Money.of("2500")))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(refusedWith(ErrorCode.ILLEGAL_TRANSITION));
        }
    }

    @Nested
    class Delisting {

        @Test
        void delistsAProduct() {
            fixture.given(riceListed(), priceChanged(PRICE, Money.of("2500")))
                    .when(new DelistProduct(RICE, "out of season"))
                    .expectEvents(delisted());
        }

        @Test
        void delistingTwiceChangesNothing() {
            fixture.given(riceListed(), delisted())
                    .when(new DelistProduct(RICE, "out of season"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class OverASequence {

        @Test
        void aDelistedProductKeepsRefusingChangesWhateverCameBefore() {
            fixture.givenCommands(
                            listRice(),
                            new ChangeProductPrice(RICE, Money.of("2500")),
                            new UpdateProductDetails(RICE, riceDetailsNamed("Rice", "sack"), Quantity.of(1)),
                            new ChangeProductPrice(RICE, Money.of("2500")),
                            new DelistProduct(RICE, "out of season"),
                            new DelistProduct(RICE, "again"))
                    .when(new ChangeProductPrice(RICE, Money.of("2600")))
                    .expectNoEvents()
                    .expectException(refusedWith(ErrorCode.ILLEGAL_TRANSITION));
        }

        @Test
        void priceHistoryChainsThroughEveryChange() {
            fixture.givenCommands(
                            listRice(),
                            new ChangeProductPrice(RICE, Money.of("2500")),
                            new ChangeProductPrice(RICE, Money.of("2500.00")),
                            new UpdateProductDetails(RICE, riceDetails(), Quantity.of(3)),
                            new ChangeProductPrice(RICE, Money.of("2475.25")))
                    .when(new ChangeProductPrice(RICE, Money.of("2480")))
                    .expectEvents(priceChanged(Money.of("2475.25"), Money.of("2480")));
        }
    }
}
