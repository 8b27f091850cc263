package np.khaacho.saga.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Twilio and the relay that sends the outbox through it ({@code khaacho.twilio.*}). The relay runs
 * only when the account SID, auth token and WhatsApp sender are all set.
 *
 * @param apiBaseUrl        another base URL for Twilio's REST API (a local stand-in); empty for Twilio itself
 * @param statusCallbackUrl where Twilio reports delivery; used only when it is an absolute http(s) URL
 * @param templates         approved content templates (HX…) by notification kind, and {@code default} for every other kind
 * @param sessionWindow     how long after a recipient's last message free-form messages are allowed
 */
@ConfigurationProperties("khaacho.twilio")
public record TwilioSettings(String accountSid, String authToken, String whatsappFrom, String apiBaseUrl,
                             String statusCallbackUrl, Map<String, String> templates, Duration sessionWindow,
                             Relay relay, Retry retry, CircuitBreaker circuitBreaker) {

    public static final String DEFAULT_TEMPLATE = "DEFAULT";

    public TwilioSettings {
        templates = normalised(templates);
        sessionWindow = sessionWindow == null ? Duration.ofHours(24) : sessionWindow;
        relay = relay == null ? new Relay(null, null, null, null, null, null, null) : relay;
        retry = retry == null ? new Retry(null, null, null) : retry;
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(null, null, null, null, null) : circuitBreaker;
    }

    public boolean configured() {
        return present(accountSid) && present(authToken) && present(whatsappFrom);
    }

    /** The sender as Twilio wants it for WhatsApp: {@code whatsapp:+14155238886}. */
    public String whatsappSender() {
        String from = whatsappFrom.strip();
        return from.startsWith(WhatsAppAddress.PREFIX) ? from : WhatsAppAddress.PREFIX + from;
    }

    public Optional<URI> apiBase() {
        return present(apiBaseUrl) ? Optional.of(URI.create(apiBaseUrl.strip())) : Optional.empty();
    }

    /** A relative URL (PUBLIC_BASE_URL unset) cannot be called back, so Twilio is given none. */
    public Optional<String> statusCallback() {
        if (!present(statusCallbackUrl)) {
            return Optional.empty();
        }
        String url = statusCallbackUrl.strip();
        return url.startsWith("https://") || url.startsWith("http://") ? Optional.of(url) : Optional.empty();
    }

    /** The template for a kind: its own, else the default, else none. */
    public Optional<String> templateFor(String kind) {
        String own = templates.get(key(kind));
        return Optional.ofNullable(own != null ? own : templates.get(DEFAULT_TEMPLATE));
    }

    /**
     * Keys are compared in one spelling, so {@code ORDER_PLACED}, {@code order-placed} and the
     * environment's {@code order.placed} name the same kind.
     */
    private static Map<String, String> normalised(Map<String, String> templates) {
        Map<String, String> byKey = new TreeMap<>();
        if (templates != null) {
            templates.forEach((kind, sid) -> {
                if (present(sid)) {
                    byKey.put(key(kind), sid.strip());
                }
            });
        }
        return Map.copyOf(byKey);
    }

    private static String key(String kind) {
        return kind.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * How the relay works through the outbox.
     *
     * @param pollInterval the longest a due message waits when no insert woke the relay
     * @param batchSize    messages claimed at once
     * @param claimFor     how long a claim holds, renewed as each message of a batch is sent; longer than
     *                     one send with its retries
     * @param maxAttempts  calls to Twilio (all passes together) before a message fails for good
     * @param backoff      the wait before the second pass over a message; doubles each pass
     * @param maxBackoff   the longest wait between passes
     * @param afterRestore how long after a restore (recorded in {@code messaging.restores}) each message is
     *                     first looked for in Twilio's log from the backup's moment on: the old system may
     *                     have sent it for work the backup held unfinished
     */
    public record Relay(Duration pollInterval, Integer batchSize, Duration claimFor, Integer maxAttempts,
                        Duration backoff, Duration maxBackoff, Duration afterRestore) {

        public Relay {
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
            batchSize = batchSize == null ? 20 : batchSize;
            claimFor = claimFor == null ? Duration.ofMinutes(5) : claimFor;
            maxAttempts = maxAttempts == null ? 10 : maxAttempts;
            backoff = backoff == null ? Duration.ofSeconds(10) : backoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
            afterRestore = afterRestore == null ? Duration.ofHours(1) : afterRestore;
        }

        /** The wait after the given number of failed passes. */
        public Duration backoffAfter(int passes) {
            Duration wait = backoff;
            for (int i = 1; i < passes && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /** Calls within one pass over a message, for failures that pass in moments. */
    public record Retry(Integer maxAttempts, Duration firstWait, Double multiplier) {

        public Retry {
            maxAttempts = maxAttempts == null ? 3 : maxAttempts;
            firstWait = firstWait == null ? Duration.ofMillis(500) : firstWait;
            multiplier = multiplier == null ? 2.0 : multiplier;
        }
    }

    /** When Twilio keeps failing, stop calling it for a while; messages wait in the outbox. */
    public record CircuitBreaker(Float failureRateThreshold, Integer slidingWindowSize, Integer minimumNumberOfCalls,
                                 Duration waitInOpenState, Integer permittedCallsInHalfOpenState) {

        public CircuitBreaker {
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls == null ? 10 : minimumNumberOfCalls;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(30) : waitInOpenState;
            permittedCallsInHalfOpenState = permittedCallsInHalfOpenState == null ? 2 : permittedCallsInHalfOpenState;
        }
    }
}
