package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static np.khaacho.command.order.DomainExceptionMatchers.hasCode;
import static np.khaacho.command.order.DomainExceptionMatchers.hasDetails;
import static np.khaacho.command.order.OrderingTermsMother.COD_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.CREDIT_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.DISTANT_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.FLOUR;
import static np.khaacho.command.order.OrderingTermsMother.HIMALAYAN_TRADERS;
import static np.khaacho.command.order.OrderingTermsMother.LENTILS;
import static np.khaacho.command.order.OrderingTermsMother.OIL;
import static np.khaacho.command.order.OrderingTermsMother.RICE;
import static np.khaacho.command.order.OrderingTermsMother.SALT;
import static np.khaacho.command.order.OrderingTermsMother.SHOUTING_CITY_BUYER;
import static np.khaacho.command.order.OrderingTermsMother.SOAP;
import static np.khaacho.command.order.OrderingTermsMother.SUGAR;
import static np.khaacho.command.order.OrderingTermsMother.TEA;
import static np.khaacho.command.order.Orders.item;
import static np.khaacho.command.order.Orders.line;
import static np.khaacho.command.order.Orders.placeCodOrder;
import static np.khaacho.command.order.Orders.placeCodOrderNumbered;
import static np.khaacho.command.order.Orders.placeOrder;
import static np.khaacho.command.order.Orders.placed;
import static np.khaacho.command.order.Orders.placedCodOrder;
import static np.khaacho.command.order.Orders.placedCreditOrder;
import static np.khaacho.kernel.common.ErrorCode.BELOW_MIN_ORDER_AMOUNT;
import static np.khaacho.kernel.common.ErrorCode.BELOW_MIN_ORDER_QUANTITY;
import static np.khaacho.kernel.common.ErrorCode.NOT_A_MULTIPLE;
import static np.khaacho.kernel.common.ErrorCode.NOT_FOUND;
import static np.khaacho.kernel.common.ErrorCode.OUTSIDE_DELIVERY_AREA;
import static np.khaacho.kernel.common.ErrorCode.PRODUCT_NOT_AVAILABLE;
import static np.khaacho.kernel.common.ErrorCode.PRODUCT_OF_OTHER_VENDOR;
import static np.khaacho.kernel.common.ErrorCode.VALIDATION_ERROR;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

class OrderPlacementTest {

    private final FixtureConfiguration<Order> fixture = OrderFixtures.withStandardTerms();

    @Test
    void placesOrderWithPricedLineSnapshotsAndComputedTotal() {
        fixture.givenNoPriorActivity()
                .when(placeCodOrder())
                .expectEvents(placedCodOrder());
    }

    @Test
    void pricesDecimalQuantityExactly() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "1.5")))
                .expectEvents(placed(COD_BUYER, Money.of("2697.50"),
                        List.of(line(RICE, "1", "2450.00"), line(LENTILS, "1.5", "247.50"))));
    }

    @Test
    void roundsEachSubtotalToThePaisaBeforeAddingUp() {
        // 82.995 + 1.9375 would round to 84.93 as a sum; rounded per line they make 83.00 + 1.94.
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "0.503"), item(SALT, "0.125")))
                .expectEvents(placed(COD_BUYER, Money.of("2534.94"), List.of(line(RICE, "1", "2450.00"),
                        line(LENTILS, "0.503", "83.00"), line(SALT, "0.125", "1.94"))));
    }

    @Test
    void placesOrderOnTheBuyersCreditTerms() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(CREDIT_BUYER, item(RICE, "1"), item(LENTILS, "1.5")))
                .expectEvents(placedCreditOrder());
    }

    @Test
    void refusesOrderWithoutItems() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER))
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains(containsString("at least one item")))));
    }

    @Test
    void acceptsOrderOfExactlyHundredLines() {
        var catalog = OrderingTermsMother.manyProducts(100);
        OrderFixtures.withTerms(OrderingTermsMother.withCatalog(catalog))
                .givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, catalog.stream().map(p -> item(p, "1")).toArray(OrderItem[]::new)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(OrderPlaced.class), andNoMore())));
    }

    @Test
    void refusesOrderOfMoreThanHundredLines() {
        var catalog = OrderingTermsMother.manyProducts(101);
        OrderFixtures.withTerms(OrderingTermsMother.withCatalog(catalog))
                .givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, catalog.stream().map(p -> item(p, "1")).toArray(OrderItem[]::new)))
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains(containsString("at most 100 lines, this one has 101")))));
    }

    @Test
    void refusesSameProductTwice() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "2"), item(RICE, "3")))
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains("RICE-JEERA-25: ordered more than once"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.5"})
    void refusesLineWithoutPositiveQuantity(String quantity) {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, quantity)))
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains("DAL-MASOOR: the quantity must be positive"))));
    }

    @Test
    void refusesOrderWithoutHeader() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(Orders.ORDER_ID, null, List.of(item(RICE, "1"))))
                .expectNoEvents()
                .expectException(hasCode(VALIDATION_ERROR));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesBlankOrderNumber(String orderNumber) {
        fixture.givenNoPriorActivity()
                .when(placeCodOrderNumbered(orderNumber))
                .expectException(allOf(hasCode(VALIDATION_ERROR),
                        hasDetails(contains(containsString("order number")))));
    }

    @Test
    void listsEveryValidationProblemAtOnce() {
        PlaceOrder command = new PlaceOrder(Orders.ORDER_ID,
                new OrderHeader(" ", COD_BUYER.buyerId(), HIMALAYAN_TRADERS.vendorId(), null, null),
                List.of(item(RICE, "0"), item(LENTILS, "1"), item(LENTILS, "1")));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(allOf(hasCode(VALIDATION_ERROR), hasDetails(containsInAnyOrder(
                        containsString("order number"),
                        containsString("RICE-JEERA-25: the quantity must be positive"),
                        containsString("DAL-MASOOR: ordered more than once")))));
    }

    @Test
    void refusesUnknownBuyer() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(BuyerId.of("buyer-nobody"), HIMALAYAN_TRADERS.vendorId(), item(RICE, "1")))
                .expectException(hasCode(NOT_FOUND))
                .expectExceptionMessage(containsString("buyer-nobody"));
    }

    @Test
    void refusesUnknownVendor() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER.buyerId(), VendorId.of("vendor-nobody"), item(RICE, "1")))
                .expectException(hasCode(NOT_FOUND))
                .expectExceptionMessage(containsString("vendor-nobody"));
    }

    @Test
    void refusesUnknownProduct() {
        OrderItem ghost = new OrderItem(ProductId.of("product-ghost"), Quantity.of(1));

        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), ghost))
                .expectException(allOf(hasCode(PRODUCT_NOT_AVAILABLE),
                        hasDetails(contains(containsString("product-ghost")))));
    }

    @Test
    void refusesDelistedProduct() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(SUGAR, "5")))
                .expectException(allOf(hasCode(PRODUCT_NOT_AVAILABLE),
                        hasDetails(contains(containsString("SUGAR-1KG")))));
    }

    @Test
    void refusesProductOfAnotherVendor() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(TEA, "2")))
                .expectException(allOf(hasCode(PRODUCT_OF_OTHER_VENDOR),
                        hasDetails(contains(containsString("TEA-ILAM-500")))));
    }

    @Test
    void refusesLineBelowMinimumOrderQuantity() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(OIL, "6")))
                .expectException(allOf(hasCode(BELOW_MIN_ORDER_QUANTITY),
                        hasDetails(contains("OIL-SUN-1L: at least 12 bottle per order, asked for 6"))));
    }

    @Test
    void refusesAQuantityOfAProductSoldInMultiplesThatIsNotOneNamingTheNearest() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(SOAP, "14")))
                .expectException(allOf(hasCode(NOT_A_MULTIPLE),
                        hasDetails(contains("SOAP-LUX: sold in multiples of 6 piece, so 12 or 18, not 14"))));
    }

    @Test
    void takesAMultiple() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(SOAP, "18")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptsLineAtExactlyMinimumOrderQuantity() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(RICE, "1"), item(LENTILS, "0.5")))
                .expectEvents(placed(COD_BUYER, Money.of("2532.50"),
                        List.of(line(RICE, "1", "2450.00"), line(LENTILS, "0.5", "82.50"))));
    }

    @Test
    void reportsEveryLineProblemUnderTheCodeOfTheFirst() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(TEA, "1"), item(RICE, "1"), item(SUGAR, "1"), item(OIL, "6")))
                .expectException(allOf(hasCode(PRODUCT_OF_OTHER_VENDOR), hasDetails(contains(
                        containsString("TEA-ILAM-500"),
                        containsString("SUGAR-1KG"),
                        containsString("OIL-SUN-1L")))));
    }

    @Test
    void refusesBuyerOutsideTheVendorsDeliveryArea() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(DISTANT_BUYER, item(RICE, "1")))
                .expectException(hasCode(OUTSIDE_DELIVERY_AREA))
                .expectExceptionMessage(containsString("Pokhara"));
    }

    static Stream<BuyerTerms> buyersSpellingTheirCityUnlikeTheDeliveryArea() {
        return Stream.of(SHOUTING_CITY_BUYER, CREDIT_BUYER);
    }

    @ParameterizedTest
    @MethodSource("buyersSpellingTheirCityUnlikeTheDeliveryArea")
    void matchesDeliveryAreaIgnoringCaseAndSurroundingSpaces(BuyerTerms buyer) {
        fixture.givenNoPriorActivity()
                .when(placeOrder(buyer, item(RICE, "1")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesOrderBelowTheVendorsMinimumAmount() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(FLOUR, "1")))
                .expectException(hasCode(BELOW_MIN_ORDER_AMOUNT))
                .expectExceptionMessage(allOf(containsString("NPR 500.00"), containsString("NPR 250.00")));
    }

    @Test
    void acceptsOrderOfExactlyTheVendorsMinimumAmount() {
        fixture.givenNoPriorActivity()
                .when(placeOrder(COD_BUYER, item(FLOUR, "2")))
                .expectEvents(placed(COD_BUYER, Money.of("500.00"), List.of(line(FLOUR, "2", "500.00"))));
    }
}
