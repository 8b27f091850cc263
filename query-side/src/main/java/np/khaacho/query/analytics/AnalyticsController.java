package np.khaacho.query.analytics;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Daily analytics for admins. Periods are Nepal days, {@code from} and {@code to} included, the last
 * 30 days unless asked; every figure belongs to the day its orders were placed.
 */
@RestController
@RequestMapping("/v1/analytics")
@Tag(name = "Analytics")
class AnalyticsController {

    private static final int DASHBOARD_TOP_PRODUCTS = 5;
    private static final int TOP_BUYERS = 10;
    private static final int MAX_LIMIT = 50;

    private final AnalyticsReader reader;

    AnalyticsController(AnalyticsReader reader) {
        this.reader = reader;
    }

    @GetMapping("/dashboard")
    public ApiResponse<Dashboard> dashboard(Actor actor) {
        requireAdmin(actor);
        Period last30Days = Period.ending(NepalTime.today(), Period.DEFAULT_DAYS);
        var days = reader.days(last30Days);
        return ApiResponse.ok(new Dashboard(days.get(days.size() - 1), reader.total(last30Days), days,
                reader.topProducts(last30Days, DASHBOARD_TOP_PRODUCTS)));
    }

    @GetMapping("/orders")
    public ApiResponse<OrdersReport> orders(@RequestParam(name = "from", required = false) String from,
                                            @RequestParam(name = "to", required = false) String to, Actor actor) {
        Period period = period(from, to, actor);
        return ApiResponse.ok(OrdersReport.of(reader.total(period), reader.days(period)));
    }

    @GetMapping("/revenue")
    public ApiResponse<RevenueReport> revenue(@RequestParam(name = "from", required = false) String from,
                                              @RequestParam(name = "to", required = false) String to, Actor actor) {
        Period period = period(from, to, actor);
        return ApiResponse.ok(RevenueReport.of(reader.total(period), reader.days(period)));
    }

    @GetMapping("/buyers")
    public ApiResponse<BuyersReport> buyers(@RequestParam(name = "from", required = false) String from,
                                            @RequestParam(name = "to", required = false) String to, Actor actor) {
        Period period = period(from, to, actor);
        return ApiResponse.ok(BuyersReport.of(reader.total(period), reader.days(period),
                reader.topBuyers(period, TOP_BUYERS)));
    }

    @GetMapping("/vendors")
    public ApiResponse<VendorsReport> vendors(@RequestParam(name = "from", required = false) String from,
                                              @RequestParam(name = "to", required = false) String to, Actor actor) {
        Period period = period(from, to, actor);
        return ApiResponse.ok(new VendorsReport(period.from(), period.to(), reader.vendors(period)));
    }

    /** The best sellers of the period and of each day in it; {@code limit} per list, 5 unless asked. */
    @GetMapping("/products")
    public ApiResponse<ProductsReport> products(@RequestParam(name = "from", required = false) String from,
                                                @RequestParam(name = "to", required = false) String to,
                                                @RequestParam(name = "limit", required = false) Integer limit,
                                                Actor actor) {
        Period period = period(from, to, actor);
        int top = limit == null ? DASHBOARD_TOP_PRODUCTS : limit;
        if (top < 1 || top > MAX_LIMIT) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return ApiResponse.ok(new ProductsReport(period.from(), period.to(), reader.topProducts(period, top),
                reader.topProductsPerDay(period, top)));
    }

    private static Period period(String from, String to, Actor actor) {
        requireAdmin(actor);
        return Period.of(from, to, NepalTime.today());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("analytics are open to admins only");
        }
    }
}
