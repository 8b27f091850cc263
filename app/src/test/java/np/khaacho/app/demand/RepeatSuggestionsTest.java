package np.khaacho.app.demand;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.saga.notification.RepeatSuggestions;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer who ordered the same rice 32, 22 and 12 days ago (every ten days, not for twelve) is told once that
 * it is due, with how to order again and how to stop; not again within the week; again a week later; never
 * after it wrote "stop". The orders go through the real flow with the event clock set back (their vendor never
 * answers them: what the buyer asked for is its habit).
 */
class RepeatSuggestionsTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;

    @Autowired
    private RepeatSuggestions suggestions;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aBuyerWhoUsuallyOrdersEveryTenDaysAndHasNotForTwelveIsToldAtMostWeeklyUntilItSaysStop() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "repeat:" + run,
                "+97798630" + run, "Repeat Traders " + run, "RICE-REPEAT-" + run, "Repeat Jeera Rice " + run, "bag", 1000);
        String phone = "+97798640" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Repeat Pasal " + run, 1_000_000);
        for (int daysAgo : List.of(32, 22, 12)) {
            Clock real = GenericEventMessage.clock;
            GenericEventMessage.clock = Clock.offset(real, Duration.ofDays(-daysAgo));
            try {
                // placed in the past, the order's vendor deadlines fall due at once: it may expire unanswered,
                // which changes nothing of what the buyer asked for
                String orderId = PortalOrders.place(buyer, own.sku(), daysAgo == 22 ? 3 : 2);
                Eventually.waitUntil("the order read", () -> buyer.get("/v1/orders/" + orderId).status() == 200
                        && !"PLACED".equals(buyer.get("/v1/orders/" + orderId).data().get("status").asText()));
            } finally {
                GenericEventMessage.clock = real;
            }
        }
        Instant now = Instant.now();

        int before = TWILIO.requestsTo(phone).size();
        assertThat(suggestions.sendDue(now)).as("buyers told now").isPositive();
        String told = Eventually.waitFor("the suggestion", () -> suggestion(phone, before));
        assertThat(told).contains("Repeat Jeera Rice " + run + ": you usually order 2 bag every 10 days; last 12 days ago",
                "same as last time", "stop");

        suggestions.sendDue(now.plus(Duration.ofDays(3)));
        assertThat(suggestionsTo(phone)).as("within the week, no second one").isEqualTo(1);

        suggestions.sendDue(now.plus(Duration.ofDays(8)));
        Eventually.waitUntil("a week later, the next one", () -> suggestionsTo(phone) == 2);

        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant asked = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "stop")).status())
                .isEqualTo(200);
        Eventually.waitFor("the answer to stop", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(asked)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains("no more suggestions")).findFirst().orElse(null));
        Eventually.waitUntil("the stop recorded", () -> jdbc.queryForObject("""
                SELECT count(*) FROM messaging.repeat_suggestions
                WHERE buyer_id = ? AND stopped_at IS NOT NULL""", Integer.class, userId(phone)) == 1);
        suggestions.sendDue(now.plus(Duration.ofDays(16)));
        assertThat(suggestionsTo(phone)).as("after stop, none").isEqualTo(2);
    }

    private int suggestionsTo(String phone) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE phone = ? AND kind = ?",
                Integer.class, phone, "REPEAT_SUGGESTION");
        return count == null ? 0 : count;
    }

    /** The suggestion's text as Twilio got it: free-form, or a template's variable outside the window. */
    private static String suggestion(String phone, int after) {
        List<TwilioStub.MessageRequest> sent = TWILIO.requestsTo(phone);
        for (TwilioStub.MessageRequest request : sent.subList(Math.min(after, sent.size()), sent.size())) {
            String text = request.body() != null ? request.body() : request.templateText();
            if (text != null && text.contains("order again?")) {
                return text;
            }
        }
        return null;
    }
}
