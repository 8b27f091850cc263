package np.khaacho.app.ops;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.command.api.Access;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** "Why is this order stuck?": an admin reads everything about an order's work by its id or number. */
@RestController
@Tag(name = "Admin")
class StuckOrderController {

    private final StuckOrders orders;

    StuckOrderController(StuckOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/v1/admin/orders/{id}/diagnosis")
    ApiResponse<StuckOrders.Diagnosis> diagnose(@PathVariable("id") String id, Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        if (id.length() > 64) {
            throw ApiException.invalid("an order id or number has at most 64 characters");
        }
        return ApiResponse.ok(orders.diagnose(id).orElseThrow(() -> ApiException.notFound("order", id)),
                "the order's work as it stands");
    }
}
