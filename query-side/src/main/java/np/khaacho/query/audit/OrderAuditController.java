package np.khaacho.query.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Auditors read an order's full event history and rebuild the order as it stood at any instant. */
@RestController
@RequestMapping("/v1/audit/orders")
@Tag(name = "Audit")
class OrderAuditController {

    private final OrderHistory history;

    OrderAuditController(OrderHistory history) {
        this.history = history;
    }

    /** Every event of the order with who caused it, and the stock and credit events about the order. */
    @GetMapping("/{id}/events")
    public ApiResponse<OrderAuditTrail> events(@PathVariable("id") String id, Actor actor) {
        AuditAccess.requireAuditor(actor);
        return ApiResponse.ok(history.trail(id));
    }

    /** The order rebuilt from its events stamped at or before {@code asOf} (now when not given). */
    @GetMapping("/{id}/state")
    public ApiResponse<OrderStateAt> state(@PathVariable("id") String id,
                                           @RequestParam(name = "asOf", required = false) String asOf,
                                           Actor actor) {
        AuditAccess.requireAuditor(actor);
        Instant instant = asOf == null ? Instant.now() : Instants.required("asOf", asOf);
        return ApiResponse.ok(history.stateAt(id, instant));
    }
}
