package np.khaacho.query.credit;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Admins see the buyers with overdue credit, the most overdue first. */
@RestController
@Tag(name = "Buyer credit")
class OverdueCreditController {

    private static final int MAX_LIMIT = 200;

    private final BuyerCreditReader reader;

    OverdueCreditController(BuyerCreditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/v1/admin/credit/overdue")
    public ApiResponse<List<OverdueBuyer>> overdue(@RequestParam(name = "limit", defaultValue = "50") int limit,
                                                   Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("overdue credit is open to admins only");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return ApiResponse.ok(reader.overdue(limit));
    }
}
