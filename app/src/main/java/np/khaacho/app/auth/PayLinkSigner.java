package np.khaacho.app.auth;

import np.khaacho.command.payment.gateway.PayLinks;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.saga.notification.ReminderPayLinks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs the pay links sent on WhatsApp ({@code /pay.html#t=<token>}, the token in the fragment so it never
 * reaches a server log) and checks their tokens: the buyer id and the expiry, then their HMAC-SHA256.
 */
class PayLinkSigner implements PayLinks, ReminderPayLinks {

    private final LinkSignature signature;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    PayLinkSigner(byte[] keyMaterial, Supplier<String> baseUrl, Clock clock) {
        this.signature = new LinkSignature("khaacho pay links", keyMaterial);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public String link(BuyerId buyerId, Duration validFor) {
        String expires = Long.toString(clock.instant().plus(validFor).getEpochSecond());
        String claims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((buyerId.value() + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        return baseUrl.get().replaceAll("/+$", "") + "/pay.html#t=" + claims + "." + signature.sign(buyerId.value(), expires);
    }

    @Override
    public String link(String buyerId, Duration validFor) {
        return link(BuyerId.of(buyerId), validFor);
    }

    @Override
    public Optional<BuyerId> buyerOf(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String[] claims;
        try {
            claims = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8).split("\n");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (claims.length != 2 || !signature.matches(token.substring(dot + 1), claims[0], claims[1])) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(claims[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(BuyerId.of(claims[0]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
