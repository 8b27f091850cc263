package np.khaacho.command.payment.gateway;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.command.api.Access;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paying with a wallet. A buyer (or an admin for a buyer) opens a payment of what is owed, or of any
 * amount; the gateways send the buyer back to the return endpoints, which are open to anyone because a
 * redirect carries no session: they prove nothing by themselves, and only the gateway's own lookup
 * records a payment.
 */
@RestController
@RequestMapping("/v1/payments")
@Tag(name = "Payments (wallets)")
class PaymentLinkController {

    static final BigDecimal LARGEST_PAYMENT = new BigDecimal("10000000");

    private final PaymentCheckout checkout;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<PayLinks> payLinks;

    PaymentLinkController(PaymentCheckout checkout, UserDirectory users, JdbcTemplate jdbc,
                          ObjectProvider<PayLinks> payLinks) {
        this.checkout = checkout;
        this.users = users;
        this.jdbc = jdbc;
        this.payLinks = payLinks;
    }

    /**
     * A pay link from WhatsApp, opened without signing in: whose dues it pays, what is owed and the
     * wallets. The token travels in the body (the page keeps it in the fragment), never in a URL.
     */
    @PostMapping("/pay-link")
    public ApiResponse<PayLinkView> payLink(@RequestBody(required = false) PayLinkRequest request) {
        BuyerId buyer = linked(request);
        UserDirectory.User user = users.byId(buyer.value()).orElseThrow(() -> ApiException.notFound("buyer", buyer));
        return ApiResponse.ok(new PayLinkView(user.displayName(), checkout.gateways(), owed(buyer)));
    }

    /** Opens a payment from a pay link, as {@link #open} does for a signed-in buyer. */
    @PostMapping("/pay-link/checkout")
    public ApiResponse<PaymentCheckout.Checkout> payLinkCheckout(@RequestBody(required = false) PayLinkRequest request) {
        BuyerId buyer = linked(request);
        return open(new CheckoutRequest(request.gateway(), request.amount(), null), buyer, PaymentLink.OpenedFrom.PAY_LINK);
    }

    /** How a payment opened from a pay link stands, for the page the gateway sent the buyer back to. */
    @PostMapping("/pay-link/status")
    public ApiResponse<PaymentLink> payLinkStatus(@RequestBody(required = false) PayLinkRequest request) {
        BuyerId buyer = linked(request);
        PaymentLink link = checkout.find(request.linkId() == null ? "" : request.linkId())
                .filter(l -> l.buyerId().equals(buyer))
                .orElseThrow(() -> ApiException.notFound("payment", request.linkId()));
        return ApiResponse.ok(link);
    }

    private BuyerId linked(PayLinkRequest request) {
        PayLinks links = payLinks.getIfAvailable();
        if (request == null || links == null) {
            throw ApiException.notFound("pay link", "-");
        }
        return links.buyerOf(request.token()).orElseThrow(() -> new ApiException(ErrorCode.UNAUTHORIZED,
                "this pay link is not valid any more: ask for a new one on WhatsApp (send \"hisab\")"));
    }

    /** The gateways configured here, and what the buyer owes now. */
    @GetMapping("/options")
    public ApiResponse<Options> options(@RequestParam(name = "buyerId", required = false) String buyerId, Actor actor) {
        BuyerId buyer = buyer(buyerId, actor);
        return ApiResponse.ok(new Options(checkout.gateways(), owed(buyer)));
    }

    @PostMapping("/checkout")
    public ApiResponse<PaymentCheckout.Checkout> open(@RequestBody(required = false) CheckoutRequest request, Actor actor) {
        if (request == null) {
            throw ApiException.invalid("the request needs a body with the gateway");
        }
        return open(request, buyer(request.buyerId(), actor), PaymentLink.OpenedFrom.PORTAL);
    }

    private ApiResponse<PaymentCheckout.Checkout> open(CheckoutRequest request, BuyerId buyer,
                                                       PaymentLink.OpenedFrom openedFrom) {
        List<String> problems = new ArrayList<>();
        PaymentGateway gateway = gateway(request.gateway(), problems);
        if (request.amount() != null && (request.amount().signum() <= 0
                || request.amount().stripTrailingZeros().scale() > 2 || request.amount().compareTo(LARGEST_PAYMENT) > 0)) {
            problems.add("amount: must be more than 0 and at most " + LARGEST_PAYMENT.toPlainString()
                    + " rupees, in paisa at the finest");
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "the payment is not valid", problems);
        }
        Money amount = request.amount() == null ? owed(buyer) : Money.of(request.amount());
        if (!amount.isPositive()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "nothing is owed: name the amount to pay",
                    List.of("amount: required when nothing is owed"));
        }
        UserDirectory.User user = users.byId(buyer.value()).orElseThrow(() -> ApiException.notFound("buyer", buyer));
        PaymentCheckout.Checkout opened = checkout.open(buyer, user.displayName(), user.phone(), gateway, amount, openedFrom);
        return ApiResponse.ok(opened, gateway + " payment of " + amount + " opened");
    }

    @GetMapping("/links/{linkId}")
    public ApiResponse<PaymentLink> link(@PathVariable("linkId") String linkId, Actor actor) {
        PaymentLink link = checkout.find(linkId).orElseThrow(() -> ApiException.notFound("payment link", linkId));
        if (!actor.is(Role.ADMIN)) {
            Access.requireBuyer(actor, link.buyerId());
        }
        return ApiResponse.ok(link);
    }

    @GetMapping("/links")
    public ApiResponse<List<PaymentLink>> links(@RequestParam(name = "buyerId", required = false) String buyerId,
                                                Actor actor) {
        return ApiResponse.ok(checkout.ofBuyer(buyer(buyerId, actor), 50));
    }

    /** Khalti's return: {@code pidx} is looked up; the buyer lands on the buyer page, on this payment. */
    @GetMapping("/khalti/return")
    public ResponseEntity<Void> khaltiReturn(@RequestParam(name = "pidx", required = false) String pidx) {
        return landing(checkout.khaltiReturned(pidx));
    }

    /** eSewa's success redirect: its signed {@code data} is checked, then the status check decides. */
    @GetMapping("/esewa/success")
    public ResponseEntity<Void> esewaSuccess(@RequestParam(name = "data", required = false) String data) {
        return landing(checkout.esewaReturned(data));
    }

    /** eSewa's failure redirect: the status is asked all the same (a payment may have gone through). */
    @GetMapping("/esewa/failure")
    public ResponseEntity<Void> esewaFailure(@RequestParam(name = "link", required = false) String linkId) {
        PaymentLink link = checkout.find(linkId == null ? "" : linkId)
                .filter(l -> l.gateway() == PaymentGateway.ESEWA)
                .orElseThrow(() -> ApiException.notFound("eSewa payment", linkId));
        return landing(checkout.settle(link));
    }

    private static ResponseEntity<Void> landing(PaymentLink link) {
        String page = link.openedFrom() == PaymentLink.OpenedFrom.PAY_LINK ? "/pay.html" : "/buyer.html";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page + "#payment="
                + URLEncoder.encode(link.linkId(), StandardCharsets.UTF_8))).build();
    }

    private BuyerId buyer(String id, Actor actor) {
        if (actor.is(Role.BUYER) && (id == null || id.isBlank() || "me".equals(id) || actor.userId().equals(id))) {
            return BuyerId.of(actor.userId());
        }
        Access.requireRole(actor, Role.ADMIN);
        if (id == null || id.isBlank()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "name the buyer", List.of("buyerId: required for staff"));
        }
        return users.buyer(id).orElseThrow(() -> ApiException.notFound("buyer", id));
    }

    private Money owed(BuyerId buyer) {
        BigDecimal owed = jdbc.queryForObject(
                "SELECT COALESCE(sum(balance), 0) FROM write_model.receivables WHERE buyer_id = ? AND balance > 0",
                BigDecimal.class, buyer.value());
        return Money.of(owed == null ? BigDecimal.ZERO : owed);
    }

    private static PaymentGateway gateway(String name, List<String> problems) {
        try {
            return PaymentGateway.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("gateway: must be KHALTI or ESEWA");
            return null;
        }
    }

    /** What to open a payment with: the gateway, the amount (what is owed, if absent) and, for staff, the buyer. */
    record CheckoutRequest(String gateway, BigDecimal amount, String buyerId) {
    }

    /** A pay link's token, and for a checkout the gateway and the amount (what is owed, if absent). */
    record PayLinkRequest(String token, String gateway, BigDecimal amount, String linkId) {
    }

    /** Whose dues a pay link pays, the wallets, and what is owed. */
    record PayLinkView(String buyerName, List<PaymentGateway> gateways, Money owed) {
    }

    /** The gateways a buyer can pay with here, and what the buyer owes. */
    record Options(List<PaymentGateway> gateways, Money owed) {
    }
}
