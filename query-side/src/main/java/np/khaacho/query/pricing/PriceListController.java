package np.khaacho.query.pricing;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.query.common.VendorScope;
import np.khaacho.kernel.common.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A vendor's price lists, to their vendor and admins only: buyers see their own prices in the catalog,
 * never a list (which would show other buyers' prices).
 */
@RestController
@RequestMapping("/v1/price-lists")
@Tag(name = "Price lists (queries)")
class PriceListController {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private final PriceListReader reader;

    PriceListController(PriceListReader reader) {
        this.reader = reader;
    }

    @GetMapping
    public ApiResponse<List<PriceListView>> list(@RequestParam(name = "vendorId", required = false) String vendorId,
                                                 Actor actor) {
        return ApiResponse.ok(reader.lists(vendor(actor, vendorId)));
    }

    /** Who pays what on a day (today in Nepal unless {@code day} names one, 2026-12-06). */
    @GetMapping("/who-pays-what")
    public ApiResponse<WhoPaysWhat> whoPaysWhat(@RequestParam(name = "vendorId", required = false) String vendorId,
                                                @RequestParam(name = "day", required = false) String day,
                                                Actor actor) {
        return ApiResponse.ok(reader.whoPaysWhat(vendor(actor, vendorId), day(day)));
    }

    @GetMapping("/{id}")
    public ApiResponse<PriceListView> one(@PathVariable("id") String id, Actor actor) {
        requireVendorOrAdmin(actor);
        PriceListView list = Ids.parse(id, PriceListId::of).flatMap(reader::find)
                .orElseThrow(() -> ApiException.notFound("price list", id));
        if (actor.is(Role.VENDOR) && !list.vendorId().equals(actor.userId())) {
            throw ApiException.notFound("price list", id);
        }
        return ApiResponse.ok(list);
    }

    /** A vendor's own; an admin names the vendor. */
    private static VendorId vendor(Actor actor, String vendorId) {
        return VendorScope.of(actor, vendorId, "price lists");
    }

    private static void requireVendorOrAdmin(Actor actor) {
        if (!actor.is(Role.VENDOR) && !actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("price lists are open to their vendor and admins");
        }
    }

    private static LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return LocalDate.now(NEPAL);
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("day must be a date like 2026-12-06, not " + day);
        }
    }
}
