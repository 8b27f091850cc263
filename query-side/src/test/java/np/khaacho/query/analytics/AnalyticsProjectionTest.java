package np.khaacho.query.analytics;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.query.support.ReadRepositories;
import np.khaacho.query.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The analytics projection fed events directly, as the processor would, including redeliveries and
 * stale events, on the real read-model tables. The events fall on a day of their own, and each test
 * removes its rows after itself, so the next one starts from an empty day.
 */
class AnalyticsProjectionTest {

    // 20:00 UTC is 01:45 the next day in Nepal
    private static final Instant PLACED_AT = Instant.parse("2001-03-04T20:00:00Z");
    private static final LocalDate NEPAL_DAY = LocalDate.parse("2001-03-05");
    private static final Period THAT_DAY = new Period(NEPAL_DAY, NEPAL_DAY);

    private final JdbcTemplate jdbc = TestDatabase.jdbc();
    private final AnalyticsProjection projection = new AnalyticsProjection(new PlacedOrders(jdbc),
            new DailyFigures(jdbc), TestDatabase.transactions());
    private final AnalyticsReader reader = new AnalyticsReader(ReadRepositories.of(DayRows.class), jdbc);

    private final OrderId orderId = OrderId.random();
    private final BuyerId buyerId = BuyerId.random();
    private final VendorId vendorId = VendorId.random();
    private final ProductId rice = ProductId.random();
    private final ProductId dal = ProductId.random();

    @AfterEach
    void removeThisTestsRows() {
        for (String table : List.of("daily_analytics", "daily_vendor_analytics", "daily_buyer_analytics",
                "daily_product_analytics")) {
            jdbc.update("DELETE FROM read_model." + table + " WHERE day = ?", NEPAL_DAY);
        }
        jdbc.update("DELETE FROM read_model.analytics_order_lines WHERE order_id = ?", orderId.value());
        jdbc.update("DELETE FROM read_model.analytics_orders WHERE order_id = ?", orderId.value());
    }

    @Test
    void countsAnOrderOnceOnItsNepalDayThroughRedeliveryPartialConfirmationAndCancellation() {
        OrderPlaced placed = new OrderPlaced(orderId, new OrderHeader("KH-TEST", buyerId, vendorId, "Patan", null),
                List.of(line(rice, 3, "100.00"), line(dal, 2, "50.00")), Money.of("400.00"), PaymentTerms.NET7);
        projection.on(placed, 0, PLACED_AT);
        projection.on(placed, 0, PLACED_AT);
        DayFigures day = day();
        assertThat(day.orders()).isEqualTo(1);
        assertThat(day.revenue()).isEqualByComparingTo("400.00");
        assertThat(day.averageOrderValue()).isEqualByComparingTo("400.00");
        assertThat(day.distinctBuyers()).isEqualTo(1);
        assertThat(day.distinctVendors()).isEqualTo(1);
        assertThat(reader.days(new Period(NEPAL_DAY.minusDays(1), NEPAL_DAY.minusDays(1))).get(0).orders()).isZero();

        projection.on(new OrderAwaitingVendor(orderId, buyerId, vendorId, Money.of("400.00"),
                PLACED_AT.plusSeconds(3600)), 1, PLACED_AT.plusSeconds(5));
        OrderPartiallyConfirmed partly = new OrderPartiallyConfirmed(orderId, buyerId, vendorId,
                NEPAL_DAY.plusDays(2), List.of(line(rice, 2, "100.00")),
                List.of(new LineChange(rice, "RICE", "Rice", Quantity.of(3), Quantity.of(2)),
                        new LineChange(dal, "DAL", "Dal", Quantity.of(2), Quantity.ZERO)),
                Money.of("400.00"), Money.of("200.00"));
        projection.on(partly, 2, PLACED_AT.plusSeconds(95));
        projection.on(partly, 2, PLACED_AT.plusSeconds(95));
        // stale: older than what the order already applied
        projection.on(new OrderConfirmed(orderId, vendorId, NEPAL_DAY.plusDays(3)), 1, PLACED_AT.plusSeconds(99));

        day = day();
        assertThat(day.revenue()).isEqualByComparingTo("200.00");
        assertThat(day.confirmed()).isEqualTo(1);
        VendorsReport.Vendor vendor = vendor();
        assertThat(vendor.revenue()).isEqualByComparingTo("200.00");
        assertThat(vendor.confirmationRate()).isEqualByComparingTo("1");
        assertThat(vendor.averageSecondsToConfirm()).isEqualTo(90L);
        assertThat(reader.topProducts(THAT_DAY, 10)).extracting(ProductFigures::productId, p -> p.quantity().intValue())
                .containsExactly(tuple(rice, 2));

        OrderCancelled cancelled = new OrderCancelled(orderId, buyerId, CancelledBy.ADMIN, "shop closed",
                OrderStatus.CONFIRMED);
        projection.on(cancelled, 3);
        projection.on(cancelled, 3);
        day = day();
        assertThat(day.orders()).isEqualTo(1);
        assertThat(day.standingOrders()).isZero();
        assertThat(day.cancelled()).isEqualTo(1);
        assertThat(day.confirmed()).isEqualTo(1);
        assertThat(day.revenue()).isEqualByComparingTo("0");
        assertThat(day.averageOrderValue()).isEqualByComparingTo("0");
        assertThat(vendor().cancelled()).isEqualTo(1);
        assertThat(reader.topProducts(THAT_DAY, 10)).isEmpty();
        assertThat(reader.topBuyers(THAT_DAY, 10)).singleElement()
                .satisfies(buyer -> assertThat(buyer.revenue()).isEqualByComparingTo("0"));
    }

    @Test
    void anExpiredDraftIsNoOrder() {
        projection.on(new OrderExpired(orderId, buyerId, vendorId, OrderStatus.DRAFTED, "no answer"), 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.analytics_orders WHERE order_id = ?",
                Long.class, orderId.value())).isZero();
        assertThat(day()).isEqualTo(DayFigures.none(NEPAL_DAY));
    }

    private DayFigures day() {
        return reader.days(THAT_DAY).get(0);
    }

    private VendorsReport.Vendor vendor() {
        return reader.vendors(THAT_DAY).stream().filter(v -> v.vendorId().equals(vendorId)).findFirst()
                .orElseThrow();
    }

    private static OrderLine line(ProductId product, int quantity, String unitPrice) {
        String sku = product.value().substring(ProductId.PREFIX.length(), ProductId.PREFIX.length() + 8);
        Money price = Money.of(unitPrice);
        return new OrderLine(product, sku, "Item " + sku, "kg", Quantity.of(quantity), price,
                price.times(Quantity.of(quantity)));
    }
}
