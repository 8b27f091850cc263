package np.khaacho.app.auth;

import np.khaacho.query.invoice.SharedInvoiceLinks;
import np.khaacho.saga.notification.InvoiceLinks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Signs and checks the shared links to invoice PDFs: HMAC-SHA256 over the invoice id, language and
 * expiry, keyed by a key derived from the same material as the login codes' (so every instance signs
 * alike). The link is absolute, on the public base URL that Twilio reaches.
 */
class InvoiceLinkSigner implements InvoiceLinks, SharedInvoiceLinks {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final String baseUrl;
    private final Clock clock;

    InvoiceLinkSigner(byte[] keyMaterial, String baseUrl, Clock clock) {
        this.key = new SecretKeySpec(Secrets.derive("khaacho invoice links", keyMaterial), HMAC);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    @Override
    public String link(String invoiceId, String language, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        return baseUrl + "/v1/shared/invoices/" + URLEncoder.encode(invoiceId, StandardCharsets.UTF_8) + "?lang="
                + URLEncoder.encode(language, StandardCharsets.UTF_8) + "&expires=" + expires + "&sig="
                + signature(invoiceId, language, expires);
    }

    @Override
    public boolean verify(String invoiceId, String language, long expiresEpochSecond, String signature) {
        if (expiresEpochSecond < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(invoiceId, language, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String invoiceId, String language, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((invoiceId + "\n" + language + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
