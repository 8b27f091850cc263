package np.khaacho.app.faults;

import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
     * {@link #assertEachSentOnce} for an application killed at these instants. A message Twilio accepted just
     * before a kill, whose outbox row was not marked sent yet, goes out again after the restart: the relay
     * cannot know that Twilio took it. Such a copy passes only if the earlier one reached Twilio within
     * {@code window} before a kill; any other copy fails. Answers how many copies went out in those windows.
     */
    /**
     * A kill is noted just before the signal is sent, and a request already on its way still reaches Twilio
     * while the process dies: a copy taken this long after the noted instant is still one of that kill's.
     */
    private static final Duration KILL_LANDS = Duration.ofMillis(250);

    static int assertSentOnceButForKills(JdbcTemplate jdbc, TwilioStub twilio, List<Instant> kills, Duration window) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, dedup_key, phone, kind, status, provider_sid, last_error FROM messaging.outbox ORDER BY id");
        assertThat(rows).as("outbox messages not sent").allSatisfy(row ->
                assertThat(row.get("status")).as(row.toString()).isEqualTo("SENT"));
        // a reply may repeat another word for word (the same list sent twice); a notice of an order to one
        // recipient may not, but for one notice of each payment recorded
        assertThat(jdbc.queryForList("""
                SELECT order_id, kind, phone, count(*) AS copies FROM messaging.outbox o WHERE order_id IS NOT NULL
                GROUP BY order_id, kind, phone
                HAVING count(*) > CASE WHEN kind <> 'PAYMENT_RECEIVED' THEN 1 ELSE (
                    SELECT count(*) FROM event_store.domain_event_entry e
                    WHERE e.aggregateidentifier = o.order_id AND e.payloadtype = ?) END""",
                OrderPaymentRecorded.class.getName())).as("notices of an order queued twice").isEmpty();

        Set<String> marked = rows.stream().map(row -> (String) row.get("provider_sid")).collect(Collectors.toSet());
        List<TwilioStub.MessageRequest> accepted = twilio.requests().stream()
                .filter(request -> request.answeredStatus() == 201)
                .sorted(Comparator.comparing(TwilioStub.MessageRequest::receivedAt)).toList();
        assertThat(accepted.stream().map(TwilioStub.MessageRequest::answeredSid).toList())
                .as("the outbox's sent messages are among Twilio's").containsAll(marked);
        // A send the outbox does not know is a copy: Twilio took it just before a kill, and the same message
        // went out again (the send the outbox marked) after the restart.
        List<String> unexplained = new ArrayList<>();
        int copies = 0;
        for (int i = 0; i < accepted.size(); i++) {
            TwilioStub.MessageRequest sent = accepted.get(i);
            if (marked.contains(sent.answeredSid())) {
                continue;
            }
            copies++;
            boolean beforeAKill = kills.stream().anyMatch(kill -> !sent.receivedAt().isAfter(kill.plus(KILL_LANDS))
                    && !sent.receivedAt().isBefore(kill.minus(window)));
            boolean sentAgain = accepted.subList(i + 1, accepted.size()).stream()
                    .anyMatch(later -> marked.contains(later.answeredSid()) && content(later).equals(content(sent)));
            if (!beforeAKill || !sentAgain) {
                unexplained.add(sent.receivedAt() + " " + content(sent) + (beforeAKill ? "" : " (not just before a kill)")
                        + (sentAgain ? "" : " (never sent again)"));
            }
        }
        assertThat(unexplained).as("messages Twilio took that the outbox does not know, kills at " + kills).isEmpty();
        return copies;
    }

    /**
     * Waits until the order's notices are queued, then checks each was queued once: placed (to the
     * buyer), waiting for the vendor (to the vendor), then as far as the vendor took it (confirmed,
     * dispatched, delivered: to the buyer).
     */
    static void awaitNoticesOf(JdbcTemplate jdbc, String orderId, int vendorSteps) {
        List<String> expected = new ArrayList<>(NOTICES.subList(0, 2 + vendorSteps));
        if (invoiced(jdbc, orderId, vendorSteps)) {
            expected.add("INVOICE_ISSUED");
        }
        Eventually.waitUntil("the notices of order " + orderId + " queued", () -> jdbc.queryForObject(
                "SELECT count(*) FROM messaging.outbox WHERE order_id = ?", Integer.class, orderId) >= expected.size());
        assertThat(jdbc.queryForList("SELECT kind FROM messaging.outbox WHERE order_id = ?", String.class, orderId))
                .as("the notices of order " + orderId).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Whether the order's vendor has issued its invoice by this step: a vendor that stated its PAN invoices
     * when the goods leave (the second step) or reach the buyer (the third), as it chose.
     */
    private static boolean invoiced(JdbcTemplate jdbc, String orderId, int vendorSteps) {
        List<String> moments = jdbc.queryForList("""
                SELECT v.invoice_at FROM write_model.order_index o JOIN write_model.vendor_profiles v ON v.user_id = o.vendor_id
                 WHERE o.order_id = ? AND v.pan IS NOT NULL""", String.class, orderId);
        return !moments.isEmpty() && vendorSteps >= (moments.get(0).equals("DISPATCH") ? 2 : 3);
    }

    /** What the recipient sees: to whom, and the text or the template with its variables. */
    private static String content(TwilioStub.MessageRequest request) {
        return request.to() + " | " + Objects.toString(request.body(), "")
                + " | " + Objects.toString(request.contentSid(), "") + " " + Objects.toString(request.contentVariables(), "");
    }
}
