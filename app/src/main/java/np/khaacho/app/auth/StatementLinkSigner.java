package np.khaacho.app.auth;

import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.payment.StatementLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Signs and checks the links to monthly statements: HMAC-SHA256 over the vendor, buyer, month, language
 * and expiry, keyed like the invoice links (every instance signs alike), on the public base URL that
 * Twilio fetches the PDF from.
 */
class StatementLinkSigner implements StatementLinks {

    private final LinkSignature signature;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    StatementLinkSigner(byte[] keyMaterial, Supplier<String> baseUrl, Clock clock) {
        this.signature = new LinkSignature("khaacho statement links", keyMaterial);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public String link(String vendorId, String buyerId, BsYearMonth month, String language, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        String base = baseUrl.get();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return base + "/v1/shared/statements/" + encode(vendorId) + "/" + encode(buyerId) + "/" + month + "?lang="
                + encode(language) + "&expires=" + expires + "&sig="
                + signature.sign(vendorId, buyerId, month.toString(), language, Long.toString(expires));
    }

    @Override
    public boolean verify(String vendorId, String buyerId, BsYearMonth month, String language, long expiresEpochSecond,
                          String signature) {
        if (expiresEpochSecond < clock.instant().getEpochSecond()) {
            return false;
        }
        return this.signature.matches(signature, vendorId, buyerId, month.toString(), language,
                Long.toString(expiresEpochSecond));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
