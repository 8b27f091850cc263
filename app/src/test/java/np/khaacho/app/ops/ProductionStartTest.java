package np.khaacho.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.JarCommand;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as an operator first starts it: its own JVM through the jar's entry point with no
 * command and no configuration beyond where the database is, on an empty database whose only user is
 * the admin {@code admin add} created. It is closed: no simulator (API or page), every webhook call
 * refused without a Twilio token, health without details for anyone but an admin, the metrics not on
 * the API port, a login code that no API and no table shows readable, and logs in JSON lines with no
 * phone number readable.
 */
class ProductionStartTest {

    private static final String DATABASE = TestDatabase.NAME + "_production";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);
    private static final String ADMIN = "+9779800000055";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Six digits standing alone: what a readable login code looks like in a body. */
    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    @Test
    void aPlainStartOnAnEmptyDatabaseIsClosed() throws Exception {
        JarCommand.Output added = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", ADMIN, "--name", "First Admin");
        assertThat(added.exitCode()).as(added.toString()).isZero();

        try (AppProcess app = AppProcess.production("production-start", DATABASE).start()) {
            Api anonymous = app.anonymous();
            Api admin = app.as(ADMIN);

            // no simulator: its API and its page are not there
            assertThat(anonymous.get("/v1/simulator/contacts").status()).isEqualTo(404);
            assertThat(anonymous.post("/v1/simulator/messages", Map.of("phone", ADMIN, "text", "hi")).status())
                    .isEqualTo(404);
            assertThat(anonymous.get("/simulator.html").status()).isEqualTo(404);
            assertThat(anonymous.get("/assets/simulator.js").status()).isEqualTo(404);
            // no page outside the Content-Security-Policy: Swagger UI, which needs inline styles, is a demo's
            assertThat(anonymous.get("/swagger-ui.html").status()).isEqualTo(404);
            assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);

            // unsigned (and signed-with-anything) webhooks refused: there is no token to check them with
            WhatsAppClient twilio = new WhatsAppClient(anonymous, IntegrationTest.PUBLIC_BASE_URL, "a guess");
            String sid = WhatsAppClient.newMessageSid();
            Map<String, String> order = WhatsAppClient.text(sid, "+9779841100201", "3 bora jeera masino");
            assertThat(twilio.post(WhatsAppClient.WEBHOOK, order, null).status()).isEqualTo(403);
            assertThat(twilio.post(WhatsAppClient.WEBHOOK, order, twilio.signature(WhatsAppClient.WEBHOOK, order))
                    .status()).isEqualTo(403);
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM whatsapp.inbound_messages", Long.class)).isZero();

            // nobody but the operator's admin, and no catalog of a demo
            assertThat(app.jdbc().queryForList("SELECT phone FROM write_model.users", String.class))
                    .containsExactly(ADMIN);
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM write_model.products", Long.class)).isZero();
            assertThat(app.jdbc().queryForList("SELECT DISTINCT payloadtype FROM event_store.domain_event_entry",
                    String.class)).containsExactly("np.khaacho.kernel.party.StaffRegistered");

            // health: the status for anyone, the details for an admin only
            JsonNode health = anonymous.get("/actuator/health").body();
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.has("components")).isFalse();
            assertThat(app.as(ADMIN).get("/actuator/health").body().has("components")).isTrue();

            // the metrics answer on the loopback management port, never on the API port
            assertThat(anonymous.get("/actuator/prometheus").status()).isIn(401, 404);
            assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(404);
            Api management = new Api(app.managementPort(), JSON, null);
            Api.Reply scrape = management.withHeader("Accept", "text/plain").get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.text()).contains("jvm_memory_used_bytes");

            // a login code for the admin: queued, but readable nowhere
            assertThat(anonymous.post("/v1/auth/login", Map.of("phone", ADMIN)).status()).isEqualTo(200);
            Eventually.waitUntil("the login code queued", () -> app.jdbc().queryForObject(
                    "SELECT count(*) FROM messaging.outbox WHERE kind = 'LOGIN_CODE'", Long.class) == 1);
            List<String> stored = app.jdbc().queryForList("SELECT body FROM messaging.outbox", String.class);
            assertThat(stored).allSatisfy(body -> assertThat(CODE.matcher(body).find()).as(body).isFalse());
            for (String path : List.of("/v1/admin/outbound", "/v1/whatsapp/messages",
                    "/v1/whatsapp/messages?phone=" + ADMIN.replace("+", "%2B"))) {
                Api.Reply reply = admin.get(path);
                assertThat(reply.status()).as(path).isEqualTo(200);
                List<String> bodies = bodies(reply.body(), new ArrayList<>());
                assertThat(bodies).as(path).anySatisfy(body -> assertThat(body).contains("login code"));
                assertThat(bodies).as(path).allSatisfy(body -> assertThat(CODE.matcher(body).find()).as(body).isFalse());
            }

            // its log: one JSON object per line (Elastic Common Schema), no phone number readable in it
            List<String> lines = Files.readAllLines(app.log(), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("==== start")).toList();
            assertThat(lines).hasSizeGreaterThan(10);
            for (String line : lines) {
                JsonNode json = JSON.readTree(line);
                assertThat(json.path("@timestamp").asText()).as(line).isNotBlank();
                assertThat(json.path("log").path("level").asText()).as(line).isNotBlank();
                assertThat(json.path("service").path("name").asText()).as(line).isEqualTo("khaacho");
            }
            assertThat(String.join("\n", lines)).doesNotContain(ADMIN.substring(4)).doesNotContain("9841100201");
        }
    }

    /** Every message text in an answer: the values of its "body" and "text" fields, however deep. */
    private static List<String> bodies(JsonNode node, List<String> found) {
        node.fields().forEachRemaining(field -> {
            if ((field.getKey().equals("body") || field.getKey().equals("text")) && field.getValue().isTextual()) {
                found.add(field.getValue().asText());
            }
        });
        node.elements().forEachRemaining(child -> bodies(child, found));
        return found;
    }
}
