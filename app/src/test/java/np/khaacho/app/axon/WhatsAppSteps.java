package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.app.support.WhatsAppClient;

import java.util.List;

import static np.khaacho.app.axon.RecordingScenario.BHATTARAI_COD;
import static np.khaacho.app.axon.RecordingScenario.FEWA_COD;
import static np.khaacho.app.axon.RecordingScenario.MAHARJAN_NET30;
import static np.khaacho.app.axon.RecordingScenario.NEWA_NET7;
import static np.khaacho.app.axon.RecordingScenario.THAKALI_NET30;
import static np.khaacho.app.axon.RecordingScenario.UNKNOWN_PHONE;
import static np.khaacho.app.axon.RecordingScenario.VENDOR_KTM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buyers (and others) writing to Khaacho on WhatsApp through the signed webhook of one instance, each
 * message waited for until the instance has read it and acted on it.
 */
final class WhatsAppSteps {

    private final ClusterNode node;
    private final WhatsAppClient twilio;
    private final Api admin;

    WhatsAppSteps(ClusterNode node) {
        this.node = node;
        this.twilio = node.whatsApp();
        this.admin = node.as(IntegrationTest.ADMIN_PHONE);
    }

    /** Sends an order text and answers the drafts it made (one per vendor). */
    List<String> order(String phone, String text) {
        String sid = send(phone, text, "DRAFTED");
        List<String> drafts = node.jdbc.queryForList("SELECT unnest(order_ids) FROM whatsapp.summaries WHERE message_sid = ?",
                String.class, sid);
        assertThat(drafts).isNotEmpty();
        return drafts;
    }

    /** An order of goods of two vendors: a draft for each, placed by a YES; answers the orders, awaiting their vendors. */
    List<String> draftsOfTwoVendorsPlacedWithYes() {
        List<String> drafts = order(THAKALI_NET30, "namaste dai, 3 bora jeera masino ra 3 carton coke pathaidinus hai");
        assertThat(drafts).hasSize(2);
        send(THAKALI_NET30, "YES", "CONFIRMED");
        drafts.forEach(order -> OrderSteps.awaitStatus(admin, order, "AWAITING_VENDOR"));
        return drafts;
    }

    /** A correction and a cancel of drafts, a placed order asked about and cancelled, a yes to nothing, strangers. */
    void otherConversations() {
        String replaced = order(FEWA_COD, "3 bora jeera masino").get(0);
        String correction = order(FEWA_COD, "sorry, 4 bora jeera masino").get(0);
        awaitStatus(replaced, "DISCARDED");
        send(FEWA_COD, "cancel", "DRAFTS_DISCARDED");
        awaitStatus(correction, "DISCARDED");

        String placed = order(NEWA_NET7, "5 carton coke").get(0);
        send(NEWA_NET7, "confirm", "CONFIRMED");
        awaitStatus(placed, "AWAITING_VENDOR");
        send(NEWA_NET7, "mero order kaha pugyo?", "STATUS_SENT");
        send(NEWA_NET7, "please cancel my order", "CANCELLED");
        awaitStatus(placed, "CANCELLED");

        send(MAHARJAN_NET30, "yes", "NOTHING_TO_CONFIRM");
        send(BHATTARAI_COD, "namaste", "HELP_SENT");
        send(UNKNOWN_PHONE, "namaste, chamal kati ho?", "LEAD_RECORDED");
        send(VENDOR_KTM, "hello", "NOT_A_BUYER");
    }

    /** Sends a text from that phone and waits until it was read with that outcome; answers its message id. */
    private String send(String phone, String text, String outcome) {
        String sid = WhatsAppClient.newMessageSid();
        assertThat(twilio.send(WhatsAppClient.text(sid, phone, text)).status()).isEqualTo(200);
        Eventually.waitUntil("\"" + text + "\" from " + phone + " was read", () -> "DONE".equals(node.jdbc.queryForObject(
                "SELECT status FROM whatsapp.inbound_messages WHERE message_sid = ?", String.class, sid)));
        assertThat(node.jdbc.queryForObject("SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?",
                String.class, sid)).as("what came of \"" + text + "\"").isEqualTo(outcome);
        return sid;
    }

    private void awaitStatus(String orderId, String status) {
        OrderSteps.awaitStatus(admin, orderId, status);
    }
}
