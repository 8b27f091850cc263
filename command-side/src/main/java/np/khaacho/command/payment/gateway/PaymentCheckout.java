package np.khaacho.command.payment.gateway;

import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentGateway;
import np.khaacho.kernel.payment.ReceiveGatewayPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.function.SingletonSupplier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Opens wallet payments and settles them. A payment is recorded only when the gateway's own lookup
 * (Khalti) or status check (eSewa) says it completed, for the amount the gateway took; the redirect that
 * brings the buyer back and the checker that looks up open links both come here, and the payment id,
 * derived from the gateway's reference, makes it count once however often either asks.
 */
public class PaymentCheckout {

    private static final Logger log = LoggerFactory.getLogger(PaymentCheckout.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    private final Supplier<Clients> clients;
    private final PaymentLinks links;
    private final CommandSender commands;

    PaymentCheckout(Supplier<GatewaySettings> settings, PaymentLinks links, CommandSender commands) {
        this.clients = SingletonSupplier.of(() -> new Clients(settings.get()));
        this.links = links;
        this.commands = commands;
    }

    /** The settings in force (read at first use). */
    public GatewaySettings settings() {
        return clients.get().settings();
    }

    /** The gateways this Khaacho is configured for. */
    public List<PaymentGateway> gateways() {
        return Stream.of(clients.get().khalti() == null ? null : PaymentGateway.KHALTI,
                clients.get().esewa() == null ? null : PaymentGateway.ESEWA).filter(Objects::nonNull).toList();
    }

    /**
     * Opens a payment of {@code amount} by the buyer through the gateway: Khalti's page to send the buyer
     * to, or the signed form for eSewa.
     */
    public Checkout open(BuyerId buyerId, String buyerName, String buyerPhone, PaymentGateway gateway, Money amount,
                         PaymentLink.OpenedFrom openedFrom) {
        KhaltiClient khalti = clients.get().khalti();
        EsewaClient esewa = clients.get().esewa();
        String linkId = Ids.random("paylink-");
        String base = settings().publicBaseUrl().replaceAll("/+$", "");
        switch (gateway) {
            case KHALTI -> {
                requireConfigured(khalti, gateway);
                links.open(linkId, buyerId, gateway, amount, settings().linkLifetime(), openedFrom);
                KhaltiClient.Started started;
                try {
                    started = khalti.initiate(linkId, "Khaacho payment " + linkId.substring(linkId.length() - 8), amount,
                            base + "/v1/payments/khalti/return", base + "/", buyerName, buyerPhone);
                } catch (GatewayHttp.GatewayUnreachable | GatewayRefused e) {
                    links.refused(linkId, e.getMessage());
                    throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Khalti could not open the payment: "
                            + e.getMessage() + "; try again, or pay another way");
                }
                links.referenced(linkId, started.pidx(), settings().checkEvery());
                return new Checkout(linkId, gateway, amount, started.paymentUrl(), null);
            }
            case ESEWA -> {
                requireConfigured(esewa, gateway);
                links.open(linkId, buyerId, gateway, amount, settings().linkLifetime(), openedFrom);
                links.referenced(linkId, linkId, settings().checkEvery());
                return new Checkout(linkId, gateway, amount, base + "/pay/esewa/" + linkId, esewaForm(linkId, amount));
            }
            default -> throw new IllegalArgumentException("no such gateway: " + gateway);
        }
    }

    /** The signed form of an open eSewa link, the same every time it is asked for (null when there is none). */
    public Form esewaForm(PaymentLink link) {
        if (link.gateway() != PaymentGateway.ESEWA || link.state() != PaymentLink.State.OPEN || clients.get().esewa() == null) {
            return null;
        }
        return esewaForm(link.linkId(), link.amount());
    }

    private Form esewaForm(String linkId, Money amount) {
        EsewaClient esewa = clients.get().esewa();
        String base = settings().publicBaseUrl().replaceAll("/+$", "");
        return new Form(esewa.formUrl(), esewa.form(linkId, amount, base + "/v1/payments/esewa/success",
                base + "/v1/payments/esewa/failure?link=" + linkId));
    }

    /** Khalti sent the buyer back: the pidx is looked up, whatever the redirect claims. */
    public PaymentLink khaltiReturned(String pidx) {
        PaymentLink link = links.byReference(PaymentGateway.KHALTI, pidx == null ? "" : pidx)
                .orElseThrow(() -> ApiException.notFound("Khalti payment", pidx));
        return settle(link);
    }

    /** eSewa sent the buyer back with signed data: checked, then the transaction's status is asked. */
    public PaymentLink esewaReturned(String data) {
        EsewaClient esewa = clients.get().esewa();
        if (esewa == null) {
            throw ApiException.notFound("eSewa payment", "-");
        }
        EsewaClient.Callback callback;
        try {
            callback = esewa.callback(data);
        } catch (EsewaClient.ForgedCallback e) {
            log.warn("an eSewa return was refused: {}", e.getMessage());
            throw new ApiException(ErrorCode.FORBIDDEN, "this eSewa return is not signed by eSewa: " + e.getMessage());
        }
        PaymentLink link = links.byReference(PaymentGateway.ESEWA, callback.transactionUuid())
                .orElseThrow(() -> ApiException.notFound("eSewa payment", callback.transactionUuid()));
        return settle(link);
    }

    public Optional<PaymentLink> find(String linkId) {
        return links.find(linkId);
    }

    public List<PaymentLink> ofBuyer(BuyerId buyerId, int limit) {
        return links.ofBuyer(buyerId, limit);
    }

    /** Looks up the open links that are due; answers how many it claimed. */
    int checkDue(int batch) {
        List<PaymentLink> due = links.claimDue(batch, Duration.ofMinutes(2));
        for (PaymentLink link : due) {
            try {
                settle(link);
            } catch (RuntimeException e) {
                log.warn("payment link {} could not be settled yet: {}", link.linkId(), e.getMessage());
                links.checkAgain(link.linkId(), "not settled yet: " + e.getMessage(), wait(link));
            }
        }
        return due.size();
    }

    /** Asks the gateway about an open link and records what it says; answers the link as it stands after. */
    PaymentLink settle(PaymentLink link) {
        if (link.state() != PaymentLink.State.OPEN || link.reference() == null) {
            return link;
        }
        KhaltiClient khalti = clients.get().khalti();
        EsewaClient esewa = clients.get().esewa();
        GatewayAnswer answer = switch (link.gateway()) {
            case KHALTI -> khalti == null ? GatewayAnswer.unknown("Khalti is not configured") : khalti.lookup(link.reference());
            case ESEWA -> esewa == null ? GatewayAnswer.unknown("eSewa is not configured") : esewa.status(link.reference(), link.amount());
        };
        switch (answer.outcome()) {
            case COMPLETED -> {
                String paymentId = Ids.derived("payment-", link.gateway().name() + "|" + link.reference());
                commands.send(new ReceiveGatewayPayment(link.buyerId(), paymentId, answer.amount(), link.amount(),
                        link.gateway(), answer.transaction() == null ? link.reference() : answer.transaction()),
                        Actor.system(Channel.SYSTEM));
                links.completed(link.linkId(), paymentId, answer.amount(), answer.detail());
                log.info("{} payment {} of {} for {} completed: {}", link.gateway(), link.linkId(), answer.amount(),
                        link.buyerId(), paymentId);
            }
            case FAILED -> links.failed(link.linkId(), answer.detail());
            case PENDING -> {
                if (Instant.now().isAfter(link.expiresAt())) {
                    links.failed(link.linkId(), "expired: " + answer.detail());
                } else {
                    links.checkAgain(link.linkId(), answer.detail(), wait(link));
                }
            }
            case UNKNOWN -> links.checkAgain(link.linkId(), answer.detail(), wait(link));
        }
        return links.find(link.linkId()).orElse(link);
    }

    private Duration wait(PaymentLink link) {
        Duration wait = settings().checkEvery().multipliedBy(1L << Math.min(link.checks(), 6));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static void requireConfigured(Object client, PaymentGateway gateway) {
        if (client == null) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "payments with " + gateway + " are not set up here",
                    List.of("gateway: not offered here"));
        }
    }

    /** The clients of the gateways that are configured (null for one that is not). */
    private record Clients(GatewaySettings settings, KhaltiClient khalti, EsewaClient esewa) {
        Clients(GatewaySettings settings) {
            this(settings, settings.khalti() != null && settings.khalti().configured() ? new KhaltiClient(settings.khalti()) : null,
                    settings.esewa() != null && settings.esewa().configured() ? new EsewaClient(settings.esewa()) : null);
        }
    }

    /** A payment opened: Khalti's page to send the buyer to, or the form to post to eSewa. */
    public record Checkout(String linkId, PaymentGateway gateway, Money amount, String redirectUrl, Form form) {
    }

    /** A form the buyer's browser posts: where to, and its fields in order. */
    public record Form(String url, Map<String, String> fields) {
    }
}
