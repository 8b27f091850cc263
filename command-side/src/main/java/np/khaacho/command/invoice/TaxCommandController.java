package np.khaacho.command.invoice;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.api.PathIds;
import np.khaacho.command.order.OrderDirectory;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceMoment;
import np.khaacho.kernel.invoice.IssueCreditNote;
import np.khaacho.kernel.invoice.IssueCreditNote.CreditedLine;
import np.khaacho.kernel.invoice.IssueInvoice;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.SetBuyerPan;
import np.khaacho.kernel.party.SetVendorTaxProfile;
import np.khaacho.kernel.party.VendorId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A vendor's tax standing (its own, or any vendor's for an admin), a buyer's PAN, an order's invoice
 * issued on demand, and credit notes that correct an issued invoice (by its vendor or an admin).
 */
@RestController
@Tag(name = "Tax invoices (commands)")
class TaxCommandController {

    private final CommandSender commands;
    private final UserDirectory users;
    private final OrderDirectory orders;

    TaxCommandController(CommandSender commands, UserDirectory users, OrderDirectory orders) {
        this.commands = commands;
        this.users = users;
        this.orders = orders;
    }

    record TaxProfileRequest(@NotNull @Pattern(regexp = "\\d{9}", message = "must be the nine digits of a PAN") String pan,
                             @NotNull Boolean vatRegistered, Boolean pricesIncludeVat, InvoiceMoment invoiceAt) {
    }

    record PanRequest(@NotNull @Pattern(regexp = "\\d{9}", message = "must be the nine digits of a PAN") String pan) {
    }

    record CreditNoteRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 100) List<@Valid LineRequest> lines) {
    }

    record LineRequest(@NotBlank @Size(max = 64) String sku,
                       @DecimalMin("0") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
                       @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    @PutMapping("/v1/vendors/{id}/tax-profile")
    public ApiResponse<Map<String, Object>> vendorProfile(@PathVariable("id") String id,
                                                          @Valid @RequestBody TaxProfileRequest request, Actor actor) {
        VendorId vendorId = "me".equals(id) && actor.is(Role.VENDOR) ? VendorId.of(actor.userId()) : vendor(id);
        Access.requireVendorOrAdmin(actor, vendorId);
        InvoiceMoment moment = request.invoiceAt() == null ? InvoiceMoment.DELIVERY : request.invoiceAt();
        boolean inclusive = request.pricesIncludeVat() == null || request.pricesIncludeVat();
        commands.send(new SetVendorTaxProfile(vendorId, request.pan(), request.vatRegistered(), inclusive, moment), actor);
        return ApiResponse.ok(Map.of("vendorId", vendorId, "pan", request.pan(), "vatRegistered", request.vatRegistered(),
                "pricesIncludeVat", inclusive, "invoiceAt", moment), "tax profile set");
    }

    @PutMapping("/v1/buyers/{id}/pan")
    public ApiResponse<Map<String, Object>> buyerPan(@PathVariable("id") String id, @Valid @RequestBody PanRequest request,
                                                     Actor actor) {
        BuyerId buyerId = "me".equals(id) && actor.is(Role.BUYER) ? BuyerId.of(actor.userId())
                : users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
        if (!actor.is(Role.ADMIN)) {
            Access.requireBuyer(actor, buyerId);
        }
        commands.send(new SetBuyerPan(buyerId, request.pan()), actor);
        return ApiResponse.ok(Map.of("buyerId", buyerId, "pan", request.pan()), "PAN recorded");
    }

    /**
     * Issues an order's invoice now, if the goods have left the vendor and it has none yet (a vendor that
     * stated its PAN after the order left it, or one that does not wait for the automatic issue);
     * asking again answers the same invoice.
     */
    @PostMapping("/v1/orders/{id}/invoice")
    public ApiResponse<Map<String, Object>> issue(@PathVariable("id") String id, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        OrderDirectory.OrderParties order = PathIds.parse(id, OrderId::of).flatMap(orders::parties)
                .orElseThrow(() -> ApiException.notFound("order", id));
        Access.requireOrderKnown(actor, id, order.buyerId(), order.vendorId());
        Access.requireVendorOrAdmin(actor, order.vendorId());
        IssueInvoice command = IssueInvoice.forOrder(order.orderId());
        String number = commands.send(command, actor);
        return ApiResponse.ok(Map.of("invoiceId", command.invoiceId(), "number", number, "orderId", order.orderId()),
                "invoice " + number);
    }

    @PostMapping("/v1/invoices/{id}/credit-notes")
    public ApiResponse<Map<String, Object>> creditNote(@PathVariable("id") String id,
                                                       @Valid @RequestBody CreditNoteRequest request, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        InvoiceId invoiceId = PathIds.parse(id, InvoiceId::of).orElseThrow(() -> ApiException.notFound("invoice", id));
        InvoiceId creditNoteId = InvoiceId.derivedFrom("credit-note:" + UUID.randomUUID());
        List<CreditedLine> lines = request.lines() == null ? List.of() : request.lines().stream()
                .map(line -> new CreditedLine(line.sku(), line.quantity() == null ? null : Quantity.of(line.quantity()),
                        line.amount() == null ? null : Money.of(line.amount())))
                .toList();
        String number = commands.send(new IssueCreditNote(creditNoteId, invoiceId, request.reason(), lines), actor);
        return ApiResponse.ok(Map.of("creditNoteId", creditNoteId, "number", number, "invoiceId", invoiceId),
                "credit note " + number + " issued");
    }

    private VendorId vendor(String id) {
        return users.byId(id).filter(user -> user.role() == Role.VENDOR).map(user -> VendorId.of(user.id()))
                .orElseThrow(() -> ApiException.notFound("vendor", id));
    }
}
