package np.khaacho.app.auth;

import np.khaacho.query.invoice.SharedInvoiceLinks;
import np.khaacho.saga.notification.InvoiceLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Signs and checks the shared links to invoice PDFs: HMAC-SHA256 over the invoice id, language and
 * expiry, keyed by a key derived from the same material as the login codes' (so every instance signs
 * alike). The link is absolute, on the public base URL that Twilio reaches.
 */
class InvoiceLinkSigner implements InvoiceLinks, SharedInvoiceLinks {

    private final LinkSignature signature;
    private final String baseUrl;
    private final Clock clock;

    InvoiceLinkSigner(byte[] keyMaterial, String baseUrl, Clock clock) {
        this.signature = new LinkSignature("khaacho invoice links", keyMaterial);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    @Override
    public String link(String invoiceId, String language, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        return baseUrl + "/v1/shared/invoices/" + URLEncoder.encode(invoiceId, StandardCharsets.UTF_8) + "?lang="
                + URLEncoder.encode(language, StandardCharsets.UTF_8) + "&expires=" + expires + "&sig="
                + signature.sign(invoiceId, language, Long.toString(expires));
    }

    @Override
    public boolean verify(String invoiceId, String language, long expiresEpochSecond, String signature) {
        if (expiresEpochSecond < clock.instant().getEpochSecond()) {
            return false;
        }
        return this.signature.matches(signature, invoiceId, language, Long.toString(expiresEpochSecond));
    }
}
