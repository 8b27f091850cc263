package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WhatsApp simulator's API, open to anyone while it is on (the test application switches it on):
 * a typed message enters exactly as a webhook delivery does (stored once in whatsapp.inbound_messages,
 * announced, read, answered), and the conversation shows both sides, oldest first.
 */
class SimulatorApiTest extends IntegrationTest {

    /** Gurung Mini Mart, Pokhara: a buyer no other WhatsApp test writes as. */
    private static final String BUYER_PHONE = "+9779856100202";

    @Test
    void listsTheDemoUsersBuyersFirst() {
        Api.Reply reply = anonymous().get("/v1/simulator/contacts");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<JsonNode> contacts = new ArrayList<>();
        reply.data().forEach(contacts::add);
        List<String> roles = contacts.stream().map(c -> c.get("role").asText()).toList();
        assertThat(roles.get(0)).isEqualTo("BUYER");
        assertThat(roles.lastIndexOf("BUYER")).isLessThan(roles.indexOf("VENDOR"));
        assertThat(roles).contains("ADMIN", "AUDITOR");
        JsonNode buyer = contacts.stream().filter(c -> c.get("phone").asText().equals(BUYER_KTM_PHONE)).findFirst()
                .orElseThrow();
        assertThat(buyer.get("role").asText()).isEqualTo("BUYER");
        assertThat(buyer.get("name").asText()).isNotBlank();
        assertThat(contacts).anySatisfy(c -> {
            assertThat(c.get("phone").asText()).isEqualTo(VENDOR_KTM_PHONE);
            assertThat(c.get("role").asText()).isEqualTo("VENDOR");
        });
    }

    @Test
    void aTypedOrderTakesTheWebhooksPathAndItsSummaryShowsInTheConversation() {
        Api.Reply sent = anonymous().post("/v1/simulator/messages", Map.of("phone", BUYER_PHONE,
                "text", "3 bora jeera masino"));

        assertThat(sent.status()).as(sent.text()).isEqualTo(202);
        String sid = sent.data().get("messageSid").asText();
        assertThat(sid).matches("SM[0-9a-f]{32}");
        assertThat(sent.data().get("from").asText()).isEqualTo("whatsapp:" + BUYER_PHONE);
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT phone, user_id, profile_name, body FROM whatsapp.inbound_messages WHERE message_sid = ?", sid);
        assertThat(stored).containsEntry("phone", BUYER_PHONE).containsEntry("user_id", userId(BUYER_PHONE))
                .containsEntry("profile_name", "Gurung Mini Mart").containsEntry("body", "3 bora jeera masino");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE payloadtype LIKE '%WhatsAppMessageReceived' AND convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, "%" + sid + "%")).as("announced like a webhook delivery").isEqualTo(1);

        // the outcome stays NULL until a worker has read the message
        Eventually.waitUntil("the message was read as an order and drafted", () -> jdbc.queryForList(
                "SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?", String.class, sid)
                .contains("DRAFTED"));
        List<JsonNode> lines = Eventually.waitFor("the summary shows in the conversation", () -> {
            List<JsonNode> all = conversation(BUYER_PHONE, null);
            return all.stream().anyMatch(l -> sid.equals(l.path("replyTo").asText(null))) ? all : null;
        });
        JsonNode asked = lines.stream().filter(l -> l.get("id").asText().equals("in:" + sid)).findFirst().orElseThrow();
        assertThat(asked.get("direction").asText()).isEqualTo("IN");
        assertThat(asked.get("text").asText()).isEqualTo("3 bora jeera masino");
        assertThat(asked.get("kind").asText()).isEqualTo("ORDER");
        assertThat(asked.get("status").asText()).isEqualTo("DONE");
        JsonNode summary = lines.stream().filter(l -> sid.equals(l.path("replyTo").asText(null))).findFirst().orElseThrow();
        assertThat(summary.get("direction").asText()).isEqualTo("OUT");
        assertThat(summary.get("kind").asText()).isEqualTo("REPLY");
        assertThat(summary.get("text").asText()).contains("7,050.00");
        assertThat(lines.indexOf(asked)).as("oldest first").isLessThan(lines.indexOf(summary));
        List<Instant> times = lines.stream().map(l -> Instant.parse(l.get("at").asText())).toList();
        assertThat(times).isSortedAccordingTo(Instant::compareTo);
        assertThat(lines).allSatisfy(l -> assertThat(l.get("id").asText()).startsWith(
                l.get("direction").asText().equals("IN") ? "in:" : "out:"));

        List<JsonNode> news = conversation(BUYER_PHONE, asked.get("at").asText());
        assertThat(news).as("only what came after the message").extracting(l -> l.get("id").asText())
                .contains(summary.get("id").asText()).doesNotContain(asked.get("id").asText());
    }

    @Test
    void badInputIsRefusedWithTheErrorBodyAndStoresNothing() {
        Integer before = storedCount();
        Api anyone = anonymous();

        Api.Reply noPhone = anyone.post("/v1/simulator/messages", Map.of("text", "hello"));
        Api.Reply badPhone = anyone.post("/v1/simulator/messages", Map.of("phone", "9856100202", "text", "hello"));
        Api.Reply blank = anyone.post("/v1/simulator/messages", Map.of("phone", BUYER_PHONE, "text", "   "));
        Api.Reply notJson = anyone.sendRaw("POST", "/v1/simulator/messages", "application/json", "{\"phone\":");
        for (Api.Reply reply : List.of(noPhone, badPhone, blank, notJson)) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.body().get("success").asBoolean()).isFalse();
        }
        assertThat(noPhone.errorCode()).isEqualTo("VALIDATION_ERROR");
        Api.Reply tooLong = anyone.post("/v1/simulator/messages", Map.of("phone", BUYER_PHONE, "text", "x".repeat(4097)));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(storedCount()).isEqualTo(before);

        assertThat(anyone.get("/v1/simulator/conversation").status()).isEqualTo(400);
        assertThat(anyone.get("/v1/simulator/conversation?phone=abc").status()).isEqualTo(400);
        Api.Reply badAfter = anyone.get("/v1/simulator/conversation?phone=%2B9779856100202&after=yesterday");
        assertThat(badAfter.status()).as(badAfter.text()).isEqualTo(400);
        assertThat(badAfter.errorCode()).isEqualTo("VALIDATION_ERROR");
    }

    private List<JsonNode> conversation(String phone, String after) {
        String query = "?phone=" + phone.replace("+", "%2B") + (after == null ? "" : "&after=" + after);
        Api.Reply reply = anonymous().get("/v1/simulator/conversation" + query);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        reply.data().forEach(lines::add);
        return lines;
    }

    private Integer storedCount() {
        return jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages", Integer.class);
    }
}
