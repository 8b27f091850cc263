package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook as Twilio meets it: signed calls are stored once and answered at once with empty
 * TwiML, unsigned or forged ones are refused and change nothing, and retried deliveries of one
 * MessageSid make one message with one answer.
 */
class WhatsAppWebhookTest extends IntegrationTest {

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    private WhatsAppClient twilio;

    @BeforeEach
    void twilio() {
        assertThat(authToken).as("the test application checks signatures").isNotBlank();
        twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
    }

    @Test
    void aSignedMessageIsStoredAnsweredWithEmptyTwimlAndThenRead() {
        String sid = WhatsAppClient.newMessageSid();
        Api.Reply reply = twilio.send(WhatsAppClient.text(sid, BUYER_KTM_PHONE, "namaste dai"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).contains("<Response></Response>");
        assertThat(stored(sid)).isEqualTo(1);
        Eventually.waitUntil("the message was read", () -> "DONE".equals(status(sid)));
        assertThat(jdbc.queryForObject("SELECT intent FROM whatsapp.inbound_messages WHERE message_sid = ?",
                String.class, sid)).isEqualTo("OTHER");
        assertThat(replies(sid)).hasSize(1);
    }

    @Test
    void aForgedSignatureIsRefusedAndChangesNothing() {
        String sid = WhatsAppClient.newMessageSid();
        Map<String, String> fields = WhatsAppClient.text(sid, BUYER_KTM_PHONE, "2 bora jeera masino");
        String goodSignature = twilio.signature(WhatsAppClient.WEBHOOK, fields);
        long events = eventCount();

        // another first character: a signature that already began with "x" stayed the good one (1 in 64)
        String forgedSignature = (goodSignature.charAt(0) == 'x' ? "y" : "x") + goodSignature.substring(1);
        Api.Reply forged = twilio.post(WhatsAppClient.WEBHOOK, fields, forgedSignature);
        Map<String, String> tampered = new java.util.LinkedHashMap<>(fields);
        tampered.put("Body", "20 bora jeera masino");
        Api.Reply replayed = twilio.post(WhatsAppClient.WEBHOOK, tampered, goodSignature);
        Api.Reply otherAddress = new WhatsAppClient(anonymous(), "http://127.0.0.1:" + port, authToken).send(fields);

        for (Api.Reply reply : List.of(forged, replayed, otherAddress)) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(403);
            assertThat(reply.errorCode()).isEqualTo("FORBIDDEN");
        }
        assertThat(stored(sid)).isZero();
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + sid + "%")).as("events naming the forged message").isZero();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aMissingSignatureIsRefused() {
        String sid = WhatsAppClient.newMessageSid();
        Api.Reply reply = twilio.post(WhatsAppClient.WEBHOOK, WhatsAppClient.text(sid, BUYER_KTM_PHONE, "hello"), null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().get("success").asBoolean()).isFalse();
        assertThat(stored(sid)).isZero();
    }

    @Test
    void retriedDeliveriesOfOneMessageSidMakeOneMessageAndOneAnswer() throws Exception {
        String sid = WhatsAppClient.newMessageSid();
        Map<String, String> fields = WhatsAppClient.text(sid, BUYER_KTM_PHONE, "status");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> deliveries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(() -> twilio.send(fields));
            }
            for (Future<Api.Reply> reply : pool.invokeAll(deliveries)) {
                assertThat(reply.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        Eventually.waitUntil("the message was read", () -> "DONE".equals(status(sid)));
        assertThat(twilio.send(fields).status()).as("a late retry").isEqualTo(200);

        assertThat(stored(sid)).isEqualTo(1);
        assertThat(replies(sid)).hasSize(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE payloadtype LIKE '%WhatsAppMessageReceived' AND convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, "%" + sid + "%")).isEqualTo(1);
    }

    @Test
    void malformedCallsAreRefusedWithTheErrorBody() {
        Map<String, String> noSid = WhatsAppClient.text("", BUYER_KTM_PHONE, "hello");
        noSid.remove("MessageSid");
        Map<String, String> badSid = WhatsAppClient.text("SM' OR 1=1 --", BUYER_KTM_PHONE, "hello");
        Map<String, String> badFrom = WhatsAppClient.text(WhatsAppClient.newMessageSid(), "not-a-phone", "hello");
        Map<String, String> badMedia = WhatsAppClient.text(WhatsAppClient.newMessageSid(), BUYER_KTM_PHONE, "hello");
        badMedia.put("NumMedia", "many");

        for (Map<String, String> fields : List.of(noSid, badSid, badFrom, badMedia)) {
            Api.Reply reply = twilio.send(fields);
            assertThat(reply.status()).as(fields.toString()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        Api.Reply json = anonymous().withHeader("X-Twilio-Signature", "abc")
                .sendRaw("POST", WhatsAppClient.WEBHOOK, "application/json", "{\"Body\":\"hi\"}");
        assertThat(json.status()).isIn(403, 415);
    }

    @Test
    void anUnknownPhoneIsAnsweredPolitelyAndRecordedAsALead() {
        String phone = "+97798" + (10000000 + (int) (Math.random() * 89999999));
        String first = WhatsAppClient.newMessageSid();
        String second = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(first, phone, "Namaste, I want to buy rice wholesale"));
        twilio.send(WhatsAppClient.text(second, phone, "hello?"));

        Eventually.waitUntil("both messages were read", () -> "DONE".equals(status(first)) && "DONE".equals(status(second)));
        Map<String, Object> lead = jdbc.queryForMap("SELECT * FROM whatsapp.leads WHERE phone = ?", phone);
        assertThat(lead.get("first_message")).isEqualTo("Namaste, I want to buy rice wholesale");
        assertThat(lead.get("last_message")).isEqualTo("hello?");
        assertThat(lead.get("message_count")).isEqualTo(2);
        assertThat(replies(first)).singleElement().asString().contains("not registered");
        assertThat(replies(second)).as("answered once a day").isEmpty();

        JsonNode leads = as(ADMIN_PHONE).get("/v1/whatsapp/leads").data();
        assertThat(leads.findValuesAsText("phone")).contains(phone);
        assertThat(as(BUYER_KTM_PHONE).get("/v1/whatsapp/leads").status()).isEqualTo(403);
    }

    @Test
    void aBuyerSeesTheirOwnConversationAndAnAdminEveryones() {
        String sid = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(sid, BUYER_KTM_PHONE, "thank you dai"));
        Eventually.waitUntil("the message was read", () -> "DONE".equals(status(sid)));

        JsonNode own = as(BUYER_KTM_PHONE).get("/v1/whatsapp/messages?limit=100").data();
        assertThat(own.findValuesAsText("phone")).containsOnly(BUYER_KTM_PHONE);
        assertThat(own.findValuesAsText("direction")).contains("IN", "OUT");
        assertThat(own.findValuesAsText("text")).contains("thank you dai");
        assertThat(as(BUYER_KTM_PHONE).get("/v1/whatsapp/messages?phone=" + VENDOR_KTM_PHONE.replace("+", "%2B"))
                .status()).isEqualTo(403);
        assertThat(as(VENDOR_KTM_PHONE).get("/v1/whatsapp/messages").status()).isEqualTo(403);
        assertThat(as(ADMIN_PHONE).get("/v1/whatsapp/messages?limit=500").errorCode()).isEqualTo("VALIDATION_ERROR");
        JsonNode all = as(ADMIN_PHONE).get("/v1/whatsapp/messages?limit=200").data();
        assertThat(all.findValuesAsText("text")).contains("thank you dai");
        assertThat(anonymous().get("/v1/whatsapp/messages").status()).isEqualTo(401);
    }

    @Test
    void statusCallbacksAreSignedToo() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("MessageSid", WhatsAppClient.newMessageSid());
        fields.put("MessageStatus", "delivered");
        assertThat(twilio.post(WhatsAppClient.STATUS, fields, twilio.signature(WhatsAppClient.STATUS, fields)).status())
                .isEqualTo(200);
        assertThat(twilio.post(WhatsAppClient.STATUS, fields, "bad").status()).isEqualTo(403);
        fields.remove("MessageStatus");
        assertThat(twilio.post(WhatsAppClient.STATUS, fields, twilio.signature(WhatsAppClient.STATUS, fields)).status())
                .isEqualTo(400);
    }

    private int stored(String sid) {
        return jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages WHERE message_sid = ?",
                Integer.class, sid);
    }

    private String status(String sid) {
        return jdbc.queryForList("SELECT status FROM whatsapp.inbound_messages WHERE message_sid = ?",
                String.class, sid).stream().findFirst().orElse(null);
    }

    private List<String> replies(String sid) {
        return jdbc.queryForList("SELECT body FROM messaging.outbox WHERE dedup_key = ?", String.class, "reply:" + sid);
    }
}
