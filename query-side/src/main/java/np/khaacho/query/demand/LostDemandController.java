package np.khaacho.query.demand;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.query.common.VendorScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Demand that was lost: a vendor's fill rate and the revenue it missed, per product and week (its own; an
 * admin names the vendor); and for admins, the products buyers ask for that nobody sells.
 */
@RestController
@Tag(name = "Lost demand")
class LostDemandController {

    private static final int MAX_WEEKS = 52;
    private static final int MAX_DAYS = 365;

    private final LostDemandReader reader;

    LostDemandController(LostDemandReader reader) {
        this.reader = reader;
    }

    @GetMapping("/v1/demand/fill-rate")
    public ApiResponse<FillRate> fillRate(@RequestParam(name = "vendorId", required = false) String vendorId,
                                          @RequestParam(name = "weeks", required = false) Integer weeks,
                                          Actor actor) {
        int span = weeks == null ? 8 : weeks;
        if (span < 1 || span > MAX_WEEKS) {
            throw ApiException.invalid("weeks must be between 1 and " + MAX_WEEKS);
        }
        String vendor = VendorScope.of(actor, vendorId, "fill rates").value();
        return ApiResponse.ok(reader.fillRate(vendor, Instant.now().minus(Duration.ofDays(7L * span))));
    }

    @GetMapping("/v1/admin/demand/unsold")
    public ApiResponse<List<UnsoldDemand>> unsold(@RequestParam(name = "days", required = false) Integer days,
                                                  @RequestParam(name = "limit", required = false) Integer limit,
                                                  Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("what nobody sells is open to admins");
        }
        int span = days == null ? 30 : days;
        int top = limit == null ? 20 : limit;
        if (span < 1 || span > MAX_DAYS || top < 1 || top > 100) {
            throw ApiException.invalid("days must be between 1 and " + MAX_DAYS + ", limit between 1 and 100");
        }
        return ApiResponse.ok(reader.unsold(Instant.now().minus(Duration.ofDays(span)), top));
    }
}
