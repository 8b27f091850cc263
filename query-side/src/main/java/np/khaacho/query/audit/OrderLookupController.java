package np.khaacho.query.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Auditors find the order whose history they want by its id or its number, newest first. */
@RestController
@Tag(name = "Audit")
class OrderLookupController {

    private static final int MAX_QUERY = 64;

    private final OrderLookup lookup;

    OrderLookupController(OrderLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/v1/audit/orders")
    public ApiResponse<List<OrderMatch>> find(@RequestParam(name = "q", required = false) String query,
                                              Actor actor) {
        AuditAccess.requireAuditor(actor);
        if (query == null || query.isBlank()) {
            throw ApiException.invalid("q is required: an order number such as KH-001042, its digits, or an order id");
        }
        if (query.length() > MAX_QUERY) {
            throw ApiException.invalid("q has at most " + MAX_QUERY + " characters");
        }
        return ApiResponse.ok(lookup.find(query));
    }
}
