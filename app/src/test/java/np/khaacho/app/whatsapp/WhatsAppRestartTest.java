package np.khaacho.app.whatsapp;

import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the webhook accepted is never lost: messages stored by an instance that stopped before it read
 * them (or while it was reading them) are read, once, by the next instance.
 */
class WhatsAppRestartTest {

    private static final String DATABASE = "khaacho_whatsapp_restart_test";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);
    private static final String BUYER = IntegrationTest.BUYER_KTM_PHONE;
    private static final String OTHER_BUYER = "+9779851100204";

    @Test
    void messagesAcceptedBeforeAStopAreReadAfterTheStart() {
        String unread = WhatsAppClient.newMessageSid();
        String halfRead = WhatsAppClient.newMessageSid();
        try (ClusterNode first = start(0)) {
            WhatsAppClient twilio = first.whatsApp();
            assertThat(twilio.send(WhatsAppClient.text(unread, BUYER, "3 bora jeera masino")).status()).isEqualTo(200);
            assertThat(twilio.send(WhatsAppClient.text(halfRead, OTHER_BUYER, "status")).status()).isEqualTo(200);
            JdbcTemplate jdbc = first.jdbc;
            // the instance dies while reading the second one: its claim is left behind
            jdbc.update("""
                    UPDATE whatsapp.inbound_messages SET status = 'PROCESSING', attempts = 1,
                        claimed_until = now() + interval '2 seconds' WHERE message_sid = ?""", halfRead);
            assertThat(jdbc.queryForList("SELECT status FROM whatsapp.inbound_messages ORDER BY seq", String.class))
                    .containsExactly("RECEIVED", "PROCESSING");
        }

        try (ClusterNode second = start(2)) {
            JdbcTemplate jdbc = second.jdbc;
            Eventually.waitUntil("both messages read after the start", () -> jdbc.queryForObject(
                    "SELECT count(*) FROM whatsapp.inbound_messages WHERE status = 'DONE'", Integer.class) == 2);
            assertThat(jdbc.queryForObject("SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?",
                    String.class, unread)).isEqualTo("DRAFTED");
            assertThat(jdbc.queryForObject("SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?",
                    String.class, halfRead)).isEqualTo("STATUS_SENT");
            assertThat(jdbc.queryForObject("SELECT cardinality(order_ids) FROM whatsapp.summaries WHERE message_sid = ?",
                    Integer.class, unread)).isEqualTo(1);
            for (String sid : new String[] {unread, halfRead}) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE dedup_key = ?",
                        Integer.class, "reply:" + sid)).as("one answer to " + sid).isEqualTo(1);
            }
        }
    }

    private static ClusterNode start(int workers) {
        return ClusterNode.start("workers-" + workers, DATABASE,
                "--khaacho.twilio.auth-token=" + IntegrationTest.TWILIO_AUTH_TOKEN,
                "--khaacho.twilio.public-base-url=" + IntegrationTest.PUBLIC_BASE_URL,
                "--khaacho.whatsapp.workers=" + workers,
                "--khaacho.whatsapp.poll-interval=PT0.2S");
    }
}
