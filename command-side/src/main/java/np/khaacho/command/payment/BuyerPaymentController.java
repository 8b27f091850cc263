package np.khaacho.command.payment;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.api.IdempotencyStore;
import np.khaacho.command.order.PaymentRequest;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.RecordBuyerPayment;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Admins record one payment of a buyer, spread over the buyer's unpaid orders oldest due first. */
@RestController
@RequestMapping("/v1/buyers")
@Tag(name = "Payments (commands)")
class BuyerPaymentController {

    private final CommandSender commands;
    private final UserDirectory users;

    BuyerPaymentController(CommandSender commands, UserDirectory users) {
        this.commands = commands;
        this.users = users;
    }

    @PostMapping("/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<Map<String, Object>> record(@PathVariable("id") String id,
                                                   @Valid @RequestBody PaymentRequest request,
                                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                   Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        BuyerId buyerId = users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
        String idempotencyKey = IdempotencyStore.validKey(key);
        String paymentId = idempotencyKey == null ? Ids.random("payment-") : Ids.derived("payment-", buyerId.value() + "|" + idempotencyKey);
        List<BuyerPaymentHandler.Allocation> allocations = commands.send(
                new RecordBuyerPayment(buyerId, paymentId, Money.of(request.amount()), request.method()), actor);
        return ApiResponse.ok(Map.of("buyerId", buyerId, "paymentId", paymentId, "allocations", allocations),
                allocations.isEmpty() ? "payment already recorded" : "payment recorded");
    }
}
