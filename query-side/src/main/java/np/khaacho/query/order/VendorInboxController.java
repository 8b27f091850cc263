package np.khaacho.query.order;

import np.khaacho.query.common.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.query.InboxOrder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** A vendor's inbox: the orders waiting for its answer, the most urgent first, and how long is left to answer. */
@RestController
@RequestMapping("/v1/vendors/me/inbox")
@Tag(name = "Vendor inbox")
class VendorInboxController {

    private final OrderReader reader;

    VendorInboxController(OrderReader reader) {
        this.reader = reader;
    }

    @GetMapping
    public ApiResponse<PageOf<InboxOrder>> inbox(@RequestParam(name = "page", required = false) Integer page,
                                                 @RequestParam(name = "size", required = false) Integer size,
                                                 Actor actor) {
        VendorId vendor = OrderAccess.requireVendor(actor);
        return ApiResponse.ok(reader.inbox(vendor, Paging.of(page, size), Instant.now()));
    }
}
