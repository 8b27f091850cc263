package np.khaacho.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.saga.whatsapp.TwilioRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login code is never readable where it is kept or shown: the outbox holds it sealed and names it
 * by a placeholder, Twilio alone gets the digits, and the sealed copy goes once the message is sent,
 * has failed or the code expired. Only the demo's simulator shows a waiting code, as the phone would.
 */
class LoginCodeSecrecyTest extends IntegrationTest {

    private static final String PLACEHOLDER_BODY =
            "[login code] is your Khaacho login code. It is valid for 5 minutes. Never share it with anyone.";
    private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");

    @Autowired
    private TwilioRelay relay;
    @Autowired
    private Scheduler scheduler;

    @BeforeEach
    @AfterEach
    void relayRunsAndCountersAreFresh() {
        if (!relay.isRunning()) {
            relay.start();
        }
        jdbc.update("DELETE FROM auth.rate_limits");
    }

    @Test
    void noViewShowsTheDigitsWhileTheSimulatorOfADemoShowsAWaitingCodeAndTwilioGetsIt() throws IOException {
        String phone = BUYER_POKHARA_COD_PHONE;
        relay.stop();
        long id = requestCode(phone);

        Map<String, Object> waiting = row(id);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("body", PLACEHOLDER_BODY);
        assertThat((String) waiting.get("sealed_code")).startsWith("v1.").hasSizeGreaterThan(40);
        // The simulator stands in for the phone: it shows the code, and the code logs in.
        String code = codeIn(simulatorLine(id).get("text").asText());
        assertThat(simulatorLine(id).get("text").asText()).isEqualTo(PLACEHOLDER_BODY.replace("[login code]", code));
        assertNoViewShows(code, id, phone);

        relay.start();
        Eventually.waitUntil("the login code sent", () -> "SENT".equals(row(id).get("status")));
        Map<String, Object> sent = row(id);
        assertThat(sent).containsEntry("body", PLACEHOLDER_BODY).containsEntry("sealed_code", null);
        String sid = (String) sent.get("provider_sid");
        TwilioStub.MessageRequest request = TWILIO.requests().stream().filter(r -> sid.equals(r.answeredSid()))
                .findFirst().orElseThrow();
        String toTwilio = request.body() != null ? request.body()
                : json.readTree(request.contentVariables()).get("1").asText();
        assertThat(toTwilio).isEqualTo(PLACEHOLDER_BODY.replace("[login code]", code));
        // Sent, the code is gone: the simulator too shows the placeholder now.
        assertThat(simulatorLine(id).get("text").asText()).isEqualTo(PLACEHOLDER_BODY);
        assertNoViewShows(code, id, phone);

        var verified = anonymous().post("/v1/auth/verify-otp", Map.of("phone", phone, "otp", code));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    }

    @Test
    void aFailedLoginCodeIsWipedAndAnAdminCannotSendItAgain() {
        String phone = VENDOR_PKR_PHONE;
        TWILIO.failNextTo(phone, 1, 400, 21211);
        long id = requestCode(phone);
        Eventually.waitUntil("the login code failed", () -> "FAILED".equals(row(id).get("status")));
        assertThat(row(id)).containsEntry("sealed_code", null).containsEntry("body", PLACEHOLDER_BODY);
        TWILIO.stopFailing();

        var retry = as(ADMIN_PHONE).post("/v1/admin/outbound/" + id + "/retry", Map.of());
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(retry.body().get("error").get("message").asText()).contains("login code").contains("new code");
        assertThat(row(id)).containsEntry("status", "FAILED");
    }

    @Test
    void aCodeThatExpiresUnsentIsNeverSentAndTheCleanupWipesIt() {
        String phone = VENDOR_LTP_PHONE;
        relay.stop();
        long id = requestCode(phone);
        int toTwilioBefore = TWILIO.requestsTo(phone).size();
        jdbc.update("UPDATE messaging.outbox SET sealed_code_expires_at = now() - interval '1 second' WHERE id = ?", id);
        relay.start();

        Eventually.waitUntil("the cleanup to fail the expired code's message", () -> {
            try {
                scheduler.reschedule(TaskInstanceId.of("auth-cleanup", "recurring"), Instant.now());
            } catch (TaskInstanceCurrentlyExecutingException running) {
                // it is running right now: its result is looked at next time round
            }
            return "FAILED".equals(row(id).get("status"));
        });
        assertThat(row(id)).containsEntry("sealed_code", null);
        assertThat((String) row(id).get("last_error")).contains("expired");
        assertThat(TWILIO.requestsTo(phone)).hasSize(toTwilioBefore);
    }

    @Test
    void aSealedCodeCopiedIntoAnotherMessageDoesNotOpen() {
        relay.stop();
        long original = requestCode(AUDITOR_PHONE);
        String stranger = "+9779800050001";
        jdbc.update("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, sealed_code,
                                              sealed_code_expires_at)
                SELECT 'copied-' || id, 'lead:' || ?, ?, language, kind, body, sealed_code, sealed_code_expires_at
                FROM messaging.outbox WHERE id = ?""", stranger, stranger, original);
        long copy = jdbc.queryForObject("SELECT id FROM messaging.outbox WHERE dedup_key = ?", Long.class,
                "copied-" + original);
        relay.start();

        Eventually.waitUntil("the copy failed", () -> "FAILED".equals(row(copy).get("status")));
        assertThat((String) row(copy).get("last_error")).contains("does not open");
        assertThat(row(copy)).containsEntry("sealed_code", null);
        assertThat(TWILIO.requestsTo(stranger)).isEmpty();
        Eventually.waitUntil("the original sent", () -> "SENT".equals(row(original).get("status")));
    }

    /** Every API that returns outbox bodies, to the admin and to the phone's own user. */
    private void assertNoViewShows(String code, long id, String phone) {
        Api admin = as(ADMIN_PHONE);
        for (Api.Reply reply : new Api.Reply[]{
                admin.get("/v1/admin/outbound?size=100"),
                admin.get("/v1/whatsapp/messages?limit=200"),
                admin.get("/v1/whatsapp/messages?phone=" + phone.replace("+", "%2B")),
                as(phone).get("/v1/whatsapp/messages")}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.text()).as(reply.toString()).contains("[login code] is your Khaacho login code")
                    .doesNotContain(code);
        }
        JsonNode listed = null;
        for (JsonNode item : admin.get("/v1/admin/outbound?size=100").data().get("items")) {
            if (item.get("id").asLong() == id) {
                listed = item;
            }
        }
        assertThat(listed).as("message " + id + " listed to admins").isNotNull();
        assertThat(listed.get("body").asText()).isEqualTo(PLACEHOLDER_BODY);
        assertThat(listed.has("sealedCode")).isFalse();
    }

    private JsonNode simulatorLine(long id) {
        Api.Reply reply = anonymous().get("/v1/simulator/conversation?phone="
                + ((String) row(id).get("phone")).replace("+", "%2B"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode line : reply.data()) {
            if (line.get("id").asText().equals("out:" + id)) {
                return line;
            }
        }
        throw new AssertionError("message " + id + " not in the simulator's conversation: " + reply);
    }

    private long requestCode(String phone) {
        var requested = anonymous().post("/v1/auth/login", Map.of("phone", phone));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        return jdbc.queryForObject("SELECT max(id) FROM messaging.outbox WHERE kind = 'LOGIN_CODE' AND phone = ?",
                Long.class, phone);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM messaging.outbox WHERE id = ?", id);
    }

    private static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).as("a code at the start of: " + text).isTrue();
        return matcher.group(1);
    }
}
