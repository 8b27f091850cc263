package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.kernel.whatsapp.RecordDeliveryStatus;
import np.khaacho.kernel.whatsapp.WhatsAppMessageReceived;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboundMessage;
import np.khaacho.saga.notification.OutboundMessages;
import np.khaacho.saga.whatsapp.TwilioRelay;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox goes out through the real Twilio SDK to a stand-in of Twilio's REST API. */
class TwilioRelayTest extends IntegrationTest {

    private static final AtomicLong PHONES = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    @Autowired
    private OutboundMessages outbound;
    @Autowired
    private EventGateway events;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private TwilioRelay relay;

    @AfterEach
    void twilioWorksAgain() {
        TWILIO.stopFailing();
    }

    @Test
    void sendsAQueuedReplyAsItsOwnTextInsideTheWindowAndKeepsTwilioSid() {
        String phone = newPhone();
        openWindow(phone, Instant.now());
        long queuedAt = System.nanoTime();
        long id = queue(phone, NotificationKind.REPLY, "Namaste! Your order:\n3 x Jeera rice 25 kg");

        Map<String, Object> row = awaitStatus(id, "SENT");
        System.out.printf("relay: a reply reached Twilio %d ms after it was queued%n",
                Duration.ofNanos(System.nanoTime() - queuedAt).toMillis());

        List<TwilioStub.MessageRequest> sent = TWILIO.requestsTo(phone);
        assertThat(sent).hasSize(1);
        TwilioStub.MessageRequest request = sent.get(0);
        assertThat(request.to()).isEqualTo("whatsapp:" + phone);
        assertThat(request.from()).isEqualTo("whatsapp:" + TWILIO_WHATSAPP_FROM);
        assertThat(request.body()).isEqualTo("Namaste! Your order:\n3 x Jeera rice 25 kg");
        assertThat(request.contentSid()).isNull();
        assertThat(request.accountSid()).isEqualTo(TWILIO_ACCOUNT_SID);
        assertThat(request.authorization()).isEqualTo(TWILIO.expectedAuthorization());
        assertThat(request.statusCallback()).isEqualTo("https://khaacho.test/v1/whatsapp/status");
        assertThat(request.answeredSid()).startsWith("SM");
        assertThat(row).containsEntry("provider_sid", request.answeredSid()).containsEntry("send_form", "FREEFORM")
                .containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();

        long again = System.nanoTime();
        awaitStatus(queue(phone, NotificationKind.REPLY, "And one more"), "SENT");
        System.out.printf("relay: the next reply reached Twilio %d ms after it was queued%n",
                Duration.ofNanos(System.nanoTime() - again).toMillis());
        assertThat(TWILIO.requestsTo(phone)).hasSize(2);
    }

    /**
     * A relay that stopped between Twilio taking a message and recording it left the message unsent in
     * the outbox, with the moment its send began. The next relay finds it in Twilio's log and records it
     * sent instead of sending a second copy; a message the log does not show, or shows only under an id
     * another message holds, is sent.
     */
    /**
     * For a while after a restore, a message the restored system makes again for work its backup held
     * unfinished is looked for in Twilio's log from the backup's moment on: the old system sent it already,
     * so it is not sent again. Another text, the same text as one the outbox knows it sent, and a message
     * made once the restore is long past are sent.
     */
    @Test
    void afterARestoreAMessageTheOldSystemSentSinceTheBackupIsNotSentAgain() throws Exception {
        String phone = newPhone();
        openWindow(phone, Instant.now());
        String text = "Order KH-000091 waits for your answer.\nAnswer by 6 Dec 2026, 10:00.";
        long earlier = queue(phone, NotificationKind.REPLY, text);
        String sentBeforeTheBackup = (String) awaitStatus(earlier, "SENT").get("provider_sid");
        Instant backupBegan = Instant.now();
        String sentByTheOldSystem = postToTwilio(phone, text);
        long restore = jdbc.queryForObject(
                "INSERT INTO messaging.restores (backup_began_at) VALUES (?) RETURNING id", Long.class,
                Timestamp.from(backupBegan));
        try {
            long madeAgain = queue(phone, NotificationKind.REPLY, text);
            assertThat(awaitStatus(madeAgain, "SENT")).containsEntry("provider_sid", sentByTheOldSystem)
                    .containsEntry("attempts", 0);
            assertThat(TWILIO.requestsTo(phone)).as("the earlier copy, the old system's; none again").hasSize(2);

            long madeTwice = queue(phone, NotificationKind.REPLY, text);
            assertThat(awaitStatus(madeTwice, "SENT").get("provider_sid")).as("a third of the same text")
                    .isNotIn(sentBeforeTheBackup, sentByTheOldSystem);
            long other = queue(phone, NotificationKind.REPLY, "Order KH-000092 is confirmed.");
            assertThat(awaitStatus(other, "SENT").get("provider_sid")).isNotIn(sentBeforeTheBackup, sentByTheOldSystem);
            assertThat(TWILIO.requestsTo(phone)).hasSize(4);

            jdbc.update("UPDATE messaging.restores SET recorded_at = now() - interval '2 hours' WHERE id = ?", restore);
            String laterText = "Order KH-000093 is confirmed.";
            String sentByTheOldSystemToo = postToTwilio(phone, laterText);
            long longAfter = queue(phone, NotificationKind.REPLY, laterText);
            assertThat(awaitStatus(longAfter, "SENT").get("provider_sid")).as("an hour after the restore, sent")
                    .isNotEqualTo(sentByTheOldSystemToo);
            assertThat(TWILIO.requestsTo(phone)).hasSize(6);
        } finally {
            jdbc.update("DELETE FROM messaging.restores WHERE id = ?", restore);
        }
    }

    @Test
    void aMessageTwilioTookBeforeItsRelayStoppedIsFoundInTwilioLogAndNotSentAgain() throws Exception {
        String phone = newPhone();
        openWindow(phone, Instant.now());
        String text = "Order KH-000077 is confirmed.\nDelivery on Friday.";
        String takenSid = postToTwilio(phone, text);
        long interrupted = queueInterrupted(phone, text, Instant.now().minusSeconds(3));
        assertThat(awaitStatus(interrupted, "SENT")).containsEntry("provider_sid", takenSid)
                .containsEntry("attempts", 0);
        assertThat(TWILIO.requestsTo(phone)).as("no second copy").hasSize(1);

        long neverReached = queueInterrupted(phone, "Order KH-000078 is confirmed.", Instant.now().minusSeconds(3));
        assertThat(awaitStatus(neverReached, "SENT").get("provider_sid")).isNotEqualTo(takenSid);
        long sameTextAgain = queueInterrupted(phone, text, Instant.now().minusSeconds(3));
        assertThat(awaitStatus(sameTextAgain, "SENT").get("provider_sid")).as("the log's copy is the first one's")
                .isNotEqualTo(takenSid);
        assertThat(TWILIO.requestsTo(phone)).hasSize(3);
    }

    @Test
    void outsideTheWindowTheKindsTemplateOrTheDefaultCarriesTheTextOnOneLine() {
        String neverWrote = newPhone();
        long dispatched = queue(neverWrote, NotificationKind.ORDER_DISPATCHED, "Order KH-000042\nis on its way.");
        long placed = queue(neverWrote, NotificationKind.ORDER_PLACED, "Order KH-000043 placed.");
        String wroteLongAgo = newPhone();
        openWindow(wroteLongAgo, Instant.now().minus(Duration.ofHours(25)));
        long late = queue(wroteLongAgo, NotificationKind.REPLY, "Still there?");

        assertThat(awaitStatus(dispatched, "SENT")).containsEntry("send_form", "TEMPLATE");
        assertThat(awaitStatus(placed, "SENT")).containsEntry("send_form", "TEMPLATE");
        assertThat(awaitStatus(late, "SENT")).containsEntry("send_form", "TEMPLATE");

        var requests = TWILIO.requestsTo(neverWrote);
        assertThat(requests).extracting(TwilioStub.MessageRequest::contentSid)
                .containsExactly(DEFAULT_TEMPLATE_SID, ORDER_PLACED_TEMPLATE_SID);
        assertThat(requests.get(0).contentVariables()).isEqualTo("{\"1\":\"Order KH-000042 · is on its way.\"}");
        assertThat(requests.get(1).contentVariables()).isEqualTo("{\"1\":\"Order KH-000043 placed.\"}");
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.body()).isNull();
            assertThat(request.from()).isEqualTo("whatsapp:" + TWILIO_WHATSAPP_FROM);
        });
        assertThat(TWILIO.requestsTo(wroteLongAgo).get(0).contentSid()).isEqualTo(DEFAULT_TEMPLATE_SID);
    }

    @Test
    void aMessageFromTheRecipientOpensTheWindowAndAnOlderOneDoesNotCloseIt() {
        String phone = newPhone();
        openWindow(phone, Instant.now().minus(Duration.ofHours(30)));
        openWindow(phone, Instant.now().minus(Duration.ofMinutes(5)));
        events.publish(new WhatsAppMessageReceived("SM" + UUID.randomUUID().toString().replace("-", ""),
                "whatsapp:" + phone, null, Instant.now().minus(Duration.ofHours(26))));
        events.publish(new WhatsAppMessageReceived("SM-late-" + UUID.randomUUID(), phone, null,
                Instant.now().minus(Duration.ofHours(28))));
        // The group has one segment and handles events in order: once this one is in, the older ones were handled.
        openWindow(newPhone(), Instant.now());

        long id = queue(phone, NotificationKind.REPLY, "Inside the window");

        assertThat(awaitStatus(id, "SENT")).containsEntry("send_form", "FREEFORM");
        assertThat(TWILIO.requestsTo(phone).get(0).body()).isEqualTo("Inside the window");
    }

    @Test
    void failuresThatMayPassAreRetriedThenTheMessageIsSent() {
        String phone = newPhone();
        TWILIO.failNextTo(phone, 1, 429, 20429);
        TWILIO.failNextTo(phone, 2, 503, 20503);

        long id = queue(phone, NotificationKind.REPLY, "Third time lucky");

        Map<String, Object> row = awaitStatus(id, "SENT");
        assertThat(TWILIO.requestsTo(phone)).extracting(TwilioStub.MessageRequest::answeredStatus)
                .containsExactly(429, 503, 503, 201);
        assertThat(row).containsEntry("attempts", 4)
                .containsEntry("provider_sid", TWILIO.requestsTo(phone).get(3).answeredSid());
        assertThat((String) row.get("last_error")).contains("503");
    }

    @Test
    void aMessageTwilioRefusesFailsAtOnce() throws InterruptedException {
        String phone = newPhone();
        TWILIO.failNextTo(phone, 5, 400, 21211);

        long id = queue(phone, NotificationKind.REPLY, "To a number that is not one");

        Map<String, Object> row = awaitStatus(id, "FAILED");
        assertThat(row).containsEntry("attempts", 1).containsEntry("send_form", "TEMPLATE");
        assertThat((String) row.get("last_error")).contains("400").contains("21211");
        Thread.sleep(600);
        assertThat(TWILIO.requestsTo(phone)).hasSize(1);
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void aMessageThatKeepsFailingEndsFailedForAdminsWhoSendItAgain() {
        String phone = newPhone();
        TWILIO.failNextTo(phone, 1000, 500, 20500);
        long id = queue(phone, NotificationKind.ORDER_CANCELLED, "Order KH-000044 was cancelled.");

        Map<String, Object> row = awaitStatus(id, "FAILED");
        assertThat(row).containsEntry("attempts", 6);
        assertThat((String) row.get("last_error")).contains("gave up after 6 attempts").contains("500");
        assertThat(TWILIO.requestsTo(phone)).hasSize(6);

        Api admin = as(ADMIN_PHONE);
        var failed = admin.get("/v1/admin/outbound?status=FAILED&page=0&size=100");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        JsonNode page = failed.data();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode listed = find(page.get("items"), id);
        assertThat(listed.get("status").asText()).isEqualTo("FAILED");
        assertThat(listed.get("phone").asText()).isEqualTo(phone);
        assertThat(listed.get("kind").asText()).isEqualTo("ORDER_CANCELLED");
        assertThat(listed.get("lastError").asText()).contains("gave up after 6 attempts");
        assertThat(page.get("items").findValuesAsText("status")).containsOnly("FAILED");

        assertThat(as(BUYER_KTM_PHONE).get("/v1/admin/outbound?status=FAILED").status()).isEqualTo(403);
        assertThat(as(VENDOR_KTM_PHONE).post("/v1/admin/outbound/" + id + "/retry", Map.of()).status())
                .isEqualTo(403);
        assertThat(anonymous().get("/v1/admin/outbound").status()).isEqualTo(401);
        assertThat(admin.get("/v1/admin/outbound?status=LOST").status()).isEqualTo(400);
        assertThat(admin.get("/v1/admin/outbound?size=0").status()).isEqualTo(400);
        assertThat(admin.post("/v1/admin/outbound/999999999/retry", Map.of()).status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("FAILED");

        TWILIO.stopFailing();
        var retried = admin.post("/v1/admin/outbound/" + id + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().get("status").asText()).isEqualTo("PENDING");

        Map<String, Object> sent = awaitStatus(id, "SENT");
        assertThat(sent).containsEntry("attempts", 1);
        assertThat(TWILIO.requestsTo(phone)).hasSize(7);
        assertThat(admin.post("/v1/admin/outbound/" + id + "/retry", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void theCircuitOpensWhileTwilioKeepsFailingThenClosesAndTheMessagesGoOut() throws InterruptedException {
        TWILIO.failNext(10_000, 503);
        List<Long> caughtInTheOutage = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            caughtInTheOutage.add(queue(newPhone(), NotificationKind.REPLY, "Caught in the outage " + i));
        }
        Eventually.waitUntil("the circuit open", () -> relay.circuitState() == CircuitBreaker.State.OPEN);

        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(queue(newPhone(), NotificationKind.REPLY, "Queued while the circuit is open " + i));
        }
        Thread.sleep(200);
        int callsWhileOpen = TWILIO.requestCount();
        Thread.sleep(1200);
        assertThat(relay.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(TWILIO.requestCount()).as("calls to Twilio while the circuit is open").isEqualTo(callsWhileOpen);
        assertThat(waiting).allSatisfy(id -> assertThat(row(id)).containsEntry("status", "PENDING")
                .containsEntry("attempts", 0));

        TWILIO.stopFailing();
        for (long id : waiting) {
            assertThat(awaitStatus(id, "SENT")).containsEntry("attempts", 1);
        }
        assertThat(relay.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        // Those caught in the outage either ran out of attempts or go out now; none is left behind.
        Eventually.waitUntil("every message caught in the outage sent or failed", () -> caughtInTheOutage.stream()
                .noneMatch(id -> "PENDING".equals(status(id))));
    }

    @Test
    void deliveryReportsMoveTheStatusForwardOnly() {
        String phone = newPhone();
        long id = queue(phone, NotificationKind.REPLY, "Track me");
        String sid = (String) awaitStatus(id, "SENT").get("provider_sid");
        Instant sentAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        commands.sendAndWait(new RecordDeliveryStatus(sid, "sent", null, sentAt));
        assertThat(row(id)).containsEntry("delivery_status", "sent").containsEntry("delivered_at", null);
        Instant deliveredAt = sentAt.plusSeconds(2);
        commands.sendAndWait(new RecordDeliveryStatus(sid, "delivered", null, deliveredAt));
        commands.sendAndWait(new RecordDeliveryStatus(sid, "sent", null, sentAt));
        commands.sendAndWait(new RecordDeliveryStatus(sid, "queued", null, sentAt.minusSeconds(1)));
        assertThat(row(id)).containsEntry("delivery_status", "delivered")
                .containsEntry("delivered_at", Timestamp.from(deliveredAt));
        commands.sendAndWait(new RecordDeliveryStatus(sid, "read", null, deliveredAt.plusSeconds(60)));
        commands.sendAndWait(new RecordDeliveryStatus(sid, "delivered", null, deliveredAt.plusSeconds(90)));
        assertThat(row(id)).containsEntry("delivery_status", "read").containsEntry("delivery_error", null)
                .containsEntry("delivered_at", Timestamp.from(deliveredAt)).containsEntry("status", "SENT");

        long undelivered = queue(newPhone(), NotificationKind.REPLY, "Never arrives");
        String otherSid = (String) awaitStatus(undelivered, "SENT").get("provider_sid");
        commands.sendAndWait(new RecordDeliveryStatus(otherSid, "undelivered", "63016", Instant.now()));
        assertThat(row(undelivered)).containsEntry("delivery_status", "undelivered")
                .containsEntry("delivery_error", "63016").containsEntry("delivered_at", null);

        long before = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE delivery_status IS NOT NULL",
                Long.class);
        commands.sendAndWait(new RecordDeliveryStatus("SM-never-sent-by-khaacho", "delivered", null, Instant.now()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE delivery_status IS NOT NULL",
                Long.class)).isEqualTo(before);
    }

    @Test
    void relaysRacingOverOneBatchSendEveryMessageOnce() throws Exception {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            phones.add(newPhone());
        }
        // Due a moment from now, so the racers start together rather than the relay's own loop alone.
        Instant due = Instant.now().plusMillis(800);
        for (String phone : phones) {
            jdbc.update("""
                    INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, next_attempt_at)
                    VALUES (?, ?, ?, 'en', 'REPLY', ?, ?)""",
                    "race-" + phone, "lead:" + phone, phone, "Race " + phone, Timestamp.from(due));
        }
        ExecutorService racers = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claimed.add(racers.submit(() -> {
                start.await();
                while (Instant.now().isBefore(due)) {
                    Thread.onSpinWait();
                }
                int total = 0;
                for (int round = 0; round < 20; round++) {
                    total += relay.relayDue();
                }
                return total;
            }));
        }
        start.countDown();
        int claimedByRacers = 0;
        for (Future<Integer> racer : claimed) {
            claimedByRacers += racer.get();
        }
        racers.shutdown();

        Eventually.waitUntil("every racing message sent", () -> jdbc.queryForObject("""
                SELECT count(*) FROM messaging.outbox WHERE dedup_key LIKE 'race-%' AND status = 'SENT'
                AND phone = ANY (?)""", Integer.class, (Object) phones.toArray(String[]::new)) == phones.size());
        assertThat(phones).allSatisfy(phone -> assertThat(TWILIO.requestsTo(phone)).hasSize(1));
        System.out.printf("relay race: %d of %d messages claimed by the racing threads, the rest by the relay's loop%n",
                claimedByRacers, phones.size());
    }

    /** A reply whose send began at that moment and never ended: its relay stopped, its claim ran out. */
    private long queueInterrupted(String phone, String body, Instant sendStartedAt) {
        return jdbc.queryForObject("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, send_started_at)
                VALUES (?, ?, ?, 'en', 'REPLY', ?, ?) RETURNING id""", Long.class,
                "interrupted-" + UUID.randomUUID(), "lead:" + phone, phone, body, Timestamp.from(sendStartedAt));
    }

    /** A message Twilio took from this sender, as an earlier relay sent it: answers its SID. */
    private static String postToTwilio(String phone, String body) throws Exception {
        String form = "To=" + URLEncoder.encode("whatsapp:" + phone, StandardCharsets.UTF_8)
                + "&From=" + URLEncoder.encode("whatsapp:" + TWILIO_WHATSAPP_FROM, StandardCharsets.UTF_8)
                + "&Body=" + URLEncoder.encode(body, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TWILIO.url() + "/2010-04-01/Accounts/" + TWILIO_ACCOUNT_SID + "/Messages.json"))
                .header("Authorization", TWILIO.expectedAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("sid").asText();
    }

    private long queue(String phone, NotificationKind kind, String body) {
        String key = "twilio-test-" + UUID.randomUUID();
        outbound.send(new OutboundMessage(key, "lead:" + phone, phone, "en", kind, body, null, null));
        return jdbc.queryForObject("SELECT id FROM messaging.outbox WHERE dedup_key = ?", Long.class, key);
    }

    private void openWindow(String phone, Instant receivedAt) {
        events.publish(new WhatsAppMessageReceived("SM" + UUID.randomUUID().toString().replace("-", ""), phone,
                null, receivedAt));
        Eventually.waitUntil("the window of " + phone + " recorded", () -> jdbc.queryForObject("""
                SELECT count(*) FROM messaging.whatsapp_windows WHERE phone = ? AND last_inbound_at >= ?""",
                Integer.class, phone, Timestamp.from(receivedAt.truncatedTo(ChronoUnit.MILLIS))) == 1);
    }

    private Map<String, Object> awaitStatus(long id, String expected) {
        Eventually.waitUntil("outbox message " + id + " " + expected, () -> expected.equals(status(id)));
        return row(id);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM messaging.outbox WHERE id = ?", String.class, id);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM messaging.outbox WHERE id = ?", id);
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("message " + id + " not listed in " + items);
    }

    private static String newPhone() {
        return "+97797" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
    }
}
