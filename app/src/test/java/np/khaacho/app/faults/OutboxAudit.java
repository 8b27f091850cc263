package np.khaacho.app.faults;

import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.TwilioStub;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds {@code messaging.outbox} against what Twilio's stub accepted: every queued message went out,
 * none twice, none queued twice, and every message Twilio accepted is one the outbox marked sent.
 */
final class OutboxAudit {

    private static final List<String> NOTICES = List.of("ORDER_PLACED", "ORDER_AWAITING_VENDOR", "ORDER_CONFIRMED",
            "ORDER_DISPATCHED", "ORDER_DELIVERED");

    private OutboxAudit() {
    }

    /** Waits until no message waits in the outbox any more. */
    static void awaitNothingPending(JdbcTemplate jdbc, Duration timeout) {
        Eventually.waitUntil("every outbox message sent or failed", timeout, () -> jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE status = 'PENDING'", Integer.class) == 0);
    }

    /** Every outbox row is SENT, and Twilio accepted each exactly once; answers how many there were. */
    static int assertEachSentOnce(JdbcTemplate jdbc, TwilioStub twilio) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, dedup_key, phone, kind, status, provider_sid, last_error FROM messaging.outbox ORDER BY id");
        assertThat(rows).as("outbox messages not sent").allSatisfy(row ->
                assertThat(row.get("status")).as(row.toString()).isEqualTo("SENT"));
        assertThat(jdbc.queryForList("""
                SELECT phone, kind, body, count(*) AS copies FROM messaging.outbox
                GROUP BY phone, kind, body HAVING count(*) > 1""")).as("messages queued twice").isEmpty();

        List<TwilioStub.MessageRequest> accepted = twilio.requests().stream()
                .filter(request -> request.answeredStatus() == 201).toList();
        Map<String, Long> copies = accepted.stream().collect(Collectors.groupingBy(OutboxAudit::content,
                Collectors.counting()));
        copies.values().removeIf(count -> count == 1);
        assertThat(copies).as("messages Twilio received more than once").isEmpty();
        assertThat(accepted.stream().map(TwilioStub.MessageRequest::answeredSid).sorted().toList())
                .as("Twilio's messages are exactly the outbox's sent ones")
                .isEqualTo(rows.stream().map(row -> (String) row.get("provider_sid")).sorted().toList());
        return rows.size();
    }

    /**
     * Waits until the order's notices are queued, then checks each was queued once: placed (to the
     * buyer), waiting for the vendor (to the vendor), then as far as the vendor took it (confirmed,
     * dispatched, delivered: to the buyer).
     */
    static void awaitNoticesOf(JdbcTemplate jdbc, String orderId, int vendorSteps) {
        List<String> expected = NOTICES.subList(0, 2 + vendorSteps);
        Eventually.waitUntil("the notices of order " + orderId + " queued", () -> jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE order_id = ?", Integer.class, orderId) >= expected.size());
        assertThat(jdbc.queryForList("SELECT kind FROM messaging.outbox WHERE order_id = ?", String.class, orderId))
                .as("the notices of order " + orderId).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** What the recipient sees: to whom, and the text or the template with its variables. */
    private static String content(TwilioStub.MessageRequest request) {
        return request.to() + " | " + Objects.toString(request.body(), "")
                + " | " + Objects.toString(request.contentSid(), "") + " " + Objects.toString(request.contentVariables(), "");
    }
}
