package np.khaacho.query.credit;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A buyer's own credit: limit, reserved, outstanding, available and overdue amounts, and payment terms. */
@RestController
@Tag(name = "Buyer credit")
class BuyerCreditController {

    private final BuyerCreditReader reader;

    BuyerCreditController(BuyerCreditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/v1/buyers/me/credit")
    public ApiResponse<BuyerCreditView> mine(Actor actor) {
        if (!actor.is(Role.BUYER)) {
            throw ApiException.forbidden("credit is shown to buyers only");
        }
        return ApiResponse.ok(reader.find(BuyerId.of(actor.userId()))
                .orElseThrow(() -> ApiException.notFound("credit account of buyer", actor.userId())));
    }
}
