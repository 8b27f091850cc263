package np.khaacho.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.JarCommand;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two modes side by side, neither with a Twilio auth token. A production start (no mode given) is
 * closed even when told to open: no simulator, no demo data, every webhook call refused; its first admin
 * comes from {@code admin add} and reaches the read model. The demo mode (its profile) has them all.
 */
class ModesTest {

    private static final String DATABASE = TestDatabase.NAME + "_modes";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "+9779800000077";

    @Test
    void productionIsClosedWithoutATwilioTokenAndTheDemoModeIsOpen() {
        JarCommand.Output admin = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", ADMIN, "--name", "Operator's Admin");
        assertThat(admin.exitCode()).as(admin.toString()).isZero();

        try (ConfigurableApplicationContext production = TestDatabase.startProductionApplication(DATABASE,
                "--khaacho.twilio.auth-token=",
                // asked for, and ignored: neither exists in production
                "--khaacho.simulator.enabled=true", "--khaacho.demo-data.enabled=true")) {
            Api api = anonymous(production);
            WhatsAppClient twilio = new WhatsAppClient(api, IntegrationTest.PUBLIC_BASE_URL, "any");
            String sid = WhatsAppClient.newMessageSid();

            Api.Reply message = twilio.post(WhatsAppClient.WEBHOOK, WhatsAppClient.text(sid, "+9779841100201", "hi"), null);
            assertThat(message.status()).as(message.toString()).isEqualTo(403);
            assertThat(message.body().path("success").asBoolean(true)).isFalse();
            assertThat(message.body().path("error").path("code").asText()).isEqualTo("FORBIDDEN");
            Api.Reply forged = twilio.post(WhatsAppClient.WEBHOOK, WhatsAppClient.text(sid, "+9779841100201", "hi"),
                    twilio.signature(WhatsAppClient.WEBHOOK, WhatsAppClient.text(sid, "+9779841100201", "hi")));
            assertThat(forged.status()).as("signed with a made-up token").isEqualTo(403);
            Api.Reply status = twilio.post(WhatsAppClient.STATUS,
                    Map.of("MessageSid", sid, "MessageStatus", "delivered"), null);
            assertThat(status.status()).as(status.toString()).isEqualTo(403);
            assertThat(status.body().path("error").path("code").asText()).isEqualTo("FORBIDDEN");

            assertThat(api.get("/v1/simulator/contacts").status()).isEqualTo(404);
            assertThat(api.get("/v1/simulator/conversation?phone=" + ADMIN.replace("+", "%2B")).status()).isEqualTo(404);
            assertThat(api.post("/v1/simulator/messages", Map.of("phone", "+9779841100201", "text", "hi")).status())
                    .isEqualTo(404);

            JdbcTemplate jdbc = production.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages", Long.class)).isZero();
            assertThat(jdbc.queryForList("SELECT phone FROM write_model.users", String.class)).containsExactly(ADMIN);
            Eventually.waitUntil("the operator's admin in the read model", () -> jdbc.queryForList(
                    "SELECT role FROM read_model.users WHERE phone = ?", String.class, ADMIN).equals(java.util.List.of("ADMIN")));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.users", Long.class)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext demo = TestDatabase.startProductionApplication(DATABASE,
                "--spring.profiles.active=demo", "--khaacho.twilio.auth-token=")) {
            Api api = anonymous(demo);
            WhatsAppClient twilio = new WhatsAppClient(api, IntegrationTest.PUBLIC_BASE_URL, "any");
            String sid = WhatsAppClient.newMessageSid();
            Api.Reply message = twilio.post(WhatsAppClient.WEBHOOK, WhatsAppClient.text(sid, "+9779841100201", "hi"), null);
            assertThat(message.status()).as(message.toString()).isEqualTo(200);
            JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages WHERE message_sid = ?",
                    Long.class, sid)).isEqualTo(1);

            Api.Reply contacts = api.get("/v1/simulator/contacts");
            assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
            assertThat(contacts.text()).contains(IntegrationTest.BUYER_KTM_PHONE);
            assertThat(demo.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }

    private static Api anonymous(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort(), JSON, null);
    }
}
