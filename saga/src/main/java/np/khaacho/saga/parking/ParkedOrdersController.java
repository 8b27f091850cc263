package np.khaacho.saga.parking;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Admins retry the parked orders once the cause is fixed, where they retry every other dead letter: the
 * list of dead letters ({@code GET /v1/admin/dead-letters}) shows them with their cause.
 */
@RestController
class ParkedOrdersController {

    private final ParkedOrders parkedOrders;

    ParkedOrdersController(ParkedOrders parkedOrders) {
        this.parkedOrders = parkedOrders;
    }

    @PostMapping("/v1/admin/dead-letters/" + ParkedOrders.GROUP + "/retry")
    public ApiResponse<Map<String, Object>> retry(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("dead letters are open to admins only, not to role " + actor.role());
        }
        ParkedOrders.Retried retried = parkedOrders.retryAll();
        return ApiResponse.ok(Map.of("processingGroup", ParkedOrders.GROUP, "sequencesProcessed", retried.released(),
                "sequencesTried", retried.orders(), "stillDeadLettered", retried.stillParked()));
    }
}
