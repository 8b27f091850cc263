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
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.ApplyHeldCredit;
import np.khaacho.kernel.payment.RefundUnappliedCredit;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.AggregateNotFoundException;
import java.math.BigDecimal;
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

/**
 * Admins record one payment of a buyer, spread over the buyer's unpaid orders oldest due first, and pay
 * back money held unapplied on a buyer's account (an overpayment, a wallet payment of another amount).
 */
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

    /** Pays back money held unapplied; an {@code Idempotency-Key} makes a repeated request refund once. */
    @PostMapping("/{id}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<Map<String, Object>> refund(@PathVariable("id") String id,
                                                   @Valid @RequestBody RefundRequest request,
                                                   @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                   Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        BuyerId buyerId = users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
        String idempotencyKey = IdempotencyStore.validKey(key);
        String refundId = idempotencyKey == null ? Ids.random("refund-") : Ids.derived("refund-", buyerId.value() + "|" + idempotencyKey);
        try {
            commands.send(new RefundUnappliedCredit(PaymentAccountId.of(buyerId), refundId, Money.of(request.amount()),
                    request.note()), actor);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE, "nothing is held unapplied for " + buyerId);
        }
        return ApiResponse.ok(Map.of("buyerId", buyerId, "refundId", refundId, "amount", Money.of(request.amount())),
                "refund recorded");
    }

    /**
     * Applies the money held for the buyer to its unpaid delivered orders, oldest due first, as far as it
     * reaches (a delivery does the same by itself); an {@code Idempotency-Key} makes a repeat apply once.
     */
    @PostMapping("/{id}/held/apply")
    public ApiResponse<Map<String, Object>> applyHeld(@PathVariable("id") String id,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                      Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        BuyerId buyerId = users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
        String idempotencyKey = IdempotencyStore.validKey(key);
        String applicationId = idempotencyKey == null ? Ids.random("held-")
                : Ids.derived("held-", buyerId.value() + "|" + idempotencyKey);
        List<BuyerPaymentHandler.Allocation> allocations = commands.send(new ApplyHeldCredit(buyerId, applicationId), actor);
        Money applied = allocations.stream().map(BuyerPaymentHandler.Allocation::amount).reduce(Money.ZERO, Money::plus);
        return ApiResponse.ok(Map.of("buyerId", buyerId, "applicationId", applicationId, "applied", applied,
                "allocations", allocations), applied.isPositive() ? "held money applied" : "nothing to apply");
    }

    /** An amount to pay back, and why (shown to the admin and the auditor). */
    record RefundRequest(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                         @NotNull @Size(min = 1, max = 500) String note) {
    }
}
