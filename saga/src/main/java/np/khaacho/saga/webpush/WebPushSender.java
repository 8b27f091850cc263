package np.khaacho.saga.webpush;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Sends a push without data to a subscription: the push service wakes the browser's service worker, which
 * shows "a new order is waiting" and nothing about it (no buyer, no goods, nothing for the push service or a
 * locked phone's screen to read). Sent without waiting for the answer; a subscription its push service says
 * is gone is dropped.
 */
class WebPushSender {

    private static final Logger log = LoggerFactory.getLogger(WebPushSender.class);
    /** How long the push service keeps a push for a phone that is off: an order waits hours at most. */
    private static final String TIME_TO_LIVE = String.valueOf(4 * 3600);

    private final VapidKeys keys;
    private final WebPushSettings settings;
    private final PushSubscriptions subscriptions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final HttpClient http;

    WebPushSender(VapidKeys keys, WebPushSettings settings, PushSubscriptions subscriptions, MeterRegistry meters, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.meters = meters;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void push(PushSubscriptions.Subscription subscription) {
        URI endpoint = URI.create(subscription.endpoint());
        if (!settings.allows(endpoint)) {
            // the hosts allowed changed since it subscribed
            subscriptions.gone(subscription.endpoint());
            return;
        }
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("TTL", TIME_TO_LIVE)
                .header("Urgency", "high")
                .header("Topic", "new-order")
                .header("Authorization", keys.authorization(audience, settings.subject(), clock.instant()))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            String outcome;
            if (failure != null) {
                outcome = "failed";
                log.warn("a push to {} failed: {}", audience, failure.toString());
            } else if (response.statusCode() == 404 || response.statusCode() == 410) {
                outcome = "gone";
                subscriptions.gone(subscription.endpoint());
            } else if (response.statusCode() / 100 == 2) {
                outcome = "sent";
                subscriptions.sent(subscription.endpoint());
            } else {
                outcome = "refused";
                log.warn("the push service at {} answered {}", audience, response.statusCode());
            }
            meters.counter("khaacho.webpush", "outcome", outcome).increment();
        });
    }
}
