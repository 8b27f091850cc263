package np.khaacho.command.payment.gateway;

import java.time.Duration;

/**
 * Where the payment gateways are and the merchant's keys (from the environment only), and how long a
 * payment link stays open and is checked.
 *
 * @param publicBaseUrl where the gateways send the buyer back to (this application, as the buyer reaches it)
 * @param linkLifetime  how long after it was opened a payment is still looked up before it counts as failed
 * @param checkEvery    how often open payments are looked up when no redirect brought the buyer back
 */
public record GatewaySettings(String publicBaseUrl, Duration linkLifetime, Duration checkEvery, Khalti khalti,
                              Esewa esewa) {

    public GatewaySettings {
        linkLifetime = linkLifetime == null ? Duration.ofHours(24) : linkLifetime;
        checkEvery = checkEvery == null ? Duration.ofMinutes(1) : checkEvery;
    }

    /** Khalti's KPG-2: {@code baseUrl} ends in /api/v2 (https://dev.khalti.com/api/v2 for the sandbox). */
    public record Khalti(String baseUrl, String secretKey, Duration timeout) {
        public Khalti {
            baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        public boolean configured() {
            return !baseUrl.isBlank() && secretKey != null && !secretKey.isBlank();
        }
    }

    /** eSewa's ePay v2: the form's URL, the status check's URL, the merchant's product code and secret key. */
    public record Esewa(String formUrl, String statusUrl, String productCode, String secretKey, Duration timeout) {
        public Esewa {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        public boolean configured() {
            return formUrl != null && !formUrl.isBlank() && statusUrl != null && !statusUrl.isBlank()
                    && productCode != null && !productCode.isBlank() && secretKey != null && !secretKey.isBlank();
        }
    }
}
