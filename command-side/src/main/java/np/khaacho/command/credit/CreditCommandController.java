package np.khaacho.command.credit;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.credit.ChangeCreditTerms;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Admins set a buyer's credit limit and payment terms (opening the account on first use). */
@RestController
@RequestMapping("/v1/buyers")
@Tag(name = "Credit (commands)")
class CreditCommandController {

    private final CommandSender commands;
    private final UserDirectory users;

    CreditCommandController(CommandSender commands, UserDirectory users) {
        this.commands = commands;
        this.users = users;
    }

    @PutMapping("/{id}/credit")
    public ApiResponse<Map<String, Object>> setTerms(@PathVariable("id") String id,
                                                     @Valid @RequestBody CreditTermsRequest request, Actor actor) {
        Access.requireRole(actor, Role.ADMIN);
        BuyerId buyerId = users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
        CreditAccountId accountId = CreditAccountId.of(buyerId);
        Money limit = Money.of(request.creditLimit());
        try {
            commands.send(new ChangeCreditTerms(accountId, limit, request.paymentTerms()), actor);
        } catch (AggregateNotFoundException e) {
            commands.send(new OpenCreditAccount(accountId, buyerId, limit, request.paymentTerms()), actor);
        }
        return ApiResponse.ok(Map.of("buyerId", buyerId, "creditLimit", limit,
                "paymentTerms", request.paymentTerms()), "credit terms set");
    }
}
