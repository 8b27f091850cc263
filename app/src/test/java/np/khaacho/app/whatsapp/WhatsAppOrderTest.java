package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer's whole WhatsApp order, end to end through the real Twilio SDK (against the local stub):
 * the order text (or a photo of a list, read by Tesseract) becomes drafts and a priced summary, the
 * buyer says yes, the orders are placed, and the vendors are told.
 */
class WhatsAppOrderTest extends IntegrationTest {

    private static final String THAKALI_PHONE = "+9779851100204";
    private static final String NEWA_MOMO_PHONE = "+9779841100206";
    private static final String MAHARJAN_PHONE = "+9779841100203";

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aRomanizedNepaliOrderIsSummarisedConfirmedWithHoPlacedAndTheVendorsAreTold() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant start = Instant.now();
        String orderSid = WhatsAppClient.newMessageSid();
        assertThat(twilio.send(WhatsAppClient.text(orderSid, THAKALI_PHONE,
                "namaste dai, 3 bora jeera masino ra 3 carton coke pathaidinus hai")).status()).isEqualTo(200);

        TwilioStub.MessageRequest summary = Eventually.waitFor("the summary reached the buyer", () ->
                TWILIO.requestsTo(THAKALI_PHONE).stream().filter(r -> r.receivedAt().isAfter(start))
                        .filter(r -> r.body() != null && r.body().contains("YES")).findFirst().orElse(null));
        assertThat(summary.from()).isEqualTo("whatsapp:" + TWILIO_WHATSAPP_FROM);
        assertThat(summary.contentSid()).as("a reply inside the 24-hour window is free-form").isNull();
        assertThat(summary.body())
                .as("in Nepali, each line with unit price and subtotal, and the total")
                .contains("जीरा मसिनो", "3 bag", "रु 2,350.00", "रु 7,050.00")
                .contains("3 carton", "रु 1,320.00", "रु 3,960.00")
                .contains("कुल जम्मा रु 11,010.00");
        List<String> drafts = draftsOf(orderSid);
        assertThat(drafts).hasSize(2);
        drafts.forEach(id -> Eventually.waitUntil("draft " + id + " can be read",
                () -> "DRAFTED".equals(orderStatus(THAKALI_PHONE, id))));

        Map<String, String> yes = WhatsAppClient.text(WhatsAppClient.newMessageSid(), THAKALI_PHONE, "ho");
        yes.put("OriginalRepliedMessageSid", summary.answeredSid());
        assertThat(twilio.send(yes).status()).isEqualTo(200);

        for (String id : drafts) {
            Eventually.waitUntil("order " + id + " waits for its vendor", () -> "AWAITING_VENDOR".equals(
                    orderStatus(THAKALI_PHONE, id)));
        }
        for (String vendor : List.of(VENDOR_KTM_PHONE, VENDOR_LTP_PHONE)) {
            String number = orderNumberFor(drafts, vendor);
            TwilioStub.MessageRequest told = Eventually.waitFor("vendor " + vendor + " was told", () ->
                    TWILIO.requestsTo(vendor).stream().filter(r -> r.receivedAt().isAfter(start))
                            .filter(r -> String.valueOf(r.body()).contains(number)
                                    || String.valueOf(r.contentVariables()).contains(number))
                            .findFirst().orElse(null));
            assertThat(told.answeredStatus()).isEqualTo(201);
        }
    }

    @Test
    void aCorrectionBeforeConfirmingReplacesTheDrafts() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String first = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(first, THAKALI_PHONE, "3 bora jeera masino"));
        Eventually.waitUntil("the first list was read", () -> !draftsOf(first).isEmpty());
        String second = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(second, THAKALI_PHONE, "sorry, 4 bora jeera masino"));
        Eventually.waitUntil("the correction was read", () -> !draftsOf(second).isEmpty());

        String replaced = draftsOf(first).get(0);
        Eventually.waitUntil("the first draft was discarded", () -> "DISCARDED".equals(
                orderStatus(THAKALI_PHONE, replaced)));
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), THAKALI_PHONE, "yes"));
        String kept = draftsOf(second).get(0);
        Eventually.waitUntil("the correction was placed", () -> List.of("PLACED", "AWAITING_VENDOR").contains(
                String.valueOf(orderStatus(THAKALI_PHONE, kept))));
        JsonNode order = as(THAKALI_PHONE).get("/v1/orders/" + kept).data();
        assertThat(order.get("items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void piecesOfAPackAreReadAsPacksAndTheSummarySaysSo() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String sid = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(sid, THAKALI_PHONE, "pani ko bottle 180 ota ra 1500 matchboxes"));
        String summary = Eventually.waitFor("the summary", () -> reply(sid));
        assertThat(summary).contains("(180 ota → 15 carton, एक carton मा 12 ota)",
                "(1500 matchboxes → 150 packet, एक packet मा 10 matchboxes)");
        List<String> drafts = draftsOf(sid);
        assertThat(drafts).as(summary).hasSize(2);
        assertThat(drafts.stream().map(id -> as(THAKALI_PHONE).get("/v1/orders/" + id).data().get("items").get(0))
                .map(item -> item.get("sku").asText() + " " + item.get("quantity").decimalValue().stripTrailingZeros()
                        .toPlainString())).containsExactlyInAnyOrder("WATER-1L-CTN 15", "MATCHBOX-10PK 150");
    }

    @Test
    void aTapOnTheConfirmButtonPlacesTheDrafts() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String order = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(order, MAHARJAN_PHONE, "2 bora jeera masino ra 2 bora mansuli"));
        Eventually.waitUntil("the list was read", () -> !draftsOf(order).isEmpty());

        Map<String, String> tap = WhatsAppClient.text(WhatsAppClient.newMessageSid(), MAHARJAN_PHONE, "Order now");
        tap.put("ButtonText", "Order now");
        tap.put("ButtonPayload", "CONFIRM");
        twilio.send(tap);
        String id = draftsOf(order).get(0);
        Eventually.waitUntil("the tap placed the order", () -> List.of("PLACED", "AWAITING_VENDOR").contains(
                String.valueOf(orderStatus(MAHARJAN_PHONE, id))));
    }

    @Test
    void aPhotoOfAWrittenListIsReadByTesseractAndOrdered() throws IOException {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant start = Instant.now();
        String mediaUrl = TWILIO.media(render("Order - Newa Momo Center", "1. jeera masino 2 bora",
                "2. chini 10 kg", "3. masuro dal 5 kg"), "image/png");
        String sid = WhatsAppClient.newMessageSid();
        Map<String, String> fields = WhatsAppClient.text(sid, NEWA_MOMO_PHONE, "");
        fields.put("NumMedia", "1");
        fields.put("MediaUrl0", mediaUrl);
        fields.put("MediaContentType0", "image/png");
        assertThat(twilio.send(fields).status()).isEqualTo(200);

        TwilioStub.MessageRequest summary = Eventually.waitFor("the summary of the photo", () ->
                TWILIO.requestsTo(NEWA_MOMO_PHONE).stream().filter(r -> r.receivedAt().isAfter(start))
                        .filter(r -> r.body() != null && r.body().contains("YES")).findFirst().orElse(null));
        assertThat(summary.body()).contains("2 bag", "10 kg", "5 kg", "6,505.00");
        assertThat(TWILIO.mediaRequests()).anySatisfy(r -> {
            assertThat(r.url()).isEqualTo(mediaUrl);
            assertThat(r.authorized()).as("the download carried the account's credentials").isTrue();
        });
        assertThat(jdbc.queryForObject("SELECT ocr_text FROM whatsapp.inbound_messages WHERE message_sid = ?",
                String.class, sid)).containsIgnoringCase("jeera masino");

        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), NEWA_MOMO_PHONE, "yes"));
        String id = draftsOf(sid).get(0);
        Eventually.waitUntil("the photo's order waits for its vendor", () -> "AWAITING_VENDOR".equals(
                orderStatus(NEWA_MOMO_PHONE, id)));
    }

    @Test
    void aForgedMediaAddressGetsNoCredentials() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String sid = WhatsAppClient.newMessageSid();
        Map<String, String> fields = WhatsAppClient.text(sid, NEWA_MOMO_PHONE, "");
        fields.put("NumMedia", "1");
        fields.put("MediaUrl0", "http://127.0.0.1:9/collect-credentials.png");
        fields.put("MediaContentType0", "image/png");
        twilio.send(fields);

        Eventually.waitUntil("the message was read", () -> "DONE".equals(jdbc.queryForObject(
                "SELECT status FROM whatsapp.inbound_messages WHERE message_sid = ?", String.class, sid)));
        assertThat(jdbc.queryForObject("SELECT outcome FROM whatsapp.inbound_messages WHERE message_sid = ?",
                String.class, sid)).isEqualTo("PHOTO_UNREADABLE");
        assertThat(jdbc.queryForObject("SELECT body FROM messaging.outbox WHERE dedup_key = ?", String.class,
                "reply:" + sid)).contains("could not read your photo");
    }

    @Test
    void statusAndCancelAreAnswered() {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String order = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(order, NEWA_MOMO_PHONE, "5 carton coke"));
        Eventually.waitUntil("the list was read", () -> !draftsOf(order).isEmpty());
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), NEWA_MOMO_PHONE, "confirm"));
        String id = draftsOf(order).get(0);
        Eventually.waitUntil("placed", () -> List.of("PLACED", "AWAITING_VENDOR").contains(
                String.valueOf(orderStatus(NEWA_MOMO_PHONE, id))));

        String status = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(status, NEWA_MOMO_PHONE, "mero order kaha pugyo?"));
        String number = as(NEWA_MOMO_PHONE).get("/v1/orders/" + id).data().get("orderNumber").asText();
        Eventually.waitUntil("the status was answered", () -> reply(status) != null);
        assertThat(reply(status)).contains(number);

        String cancel = WhatsAppClient.newMessageSid();
        twilio.send(WhatsAppClient.text(cancel, NEWA_MOMO_PHONE, "please cancel my order"));
        Eventually.waitUntil("the order was cancelled", () -> "CANCELLED".equals(
                orderStatus(NEWA_MOMO_PHONE, id)));
    }

    /** The order's status as its buyer reads it, or null while the read side has not seen it yet. */
    private String orderStatus(String phone, String orderId) {
        Api.Reply order = as(phone).get("/v1/orders/" + orderId);
        return order.status() == 200 ? order.data().get("status").asText() : null;
    }

    private String reply(String sid) {
        return jdbc.queryForList("SELECT body FROM messaging.outbox WHERE dedup_key = ?", String.class, "reply:" + sid)
                .stream().findFirst().orElse(null);
    }

    private List<String> draftsOf(String sid) {
        return jdbc.queryForList("""
                SELECT unnest(order_ids) FROM whatsapp.summaries WHERE message_sid = ?""", String.class, sid);
    }

    private String orderNumberFor(List<String> orderIds, String vendorPhone) {
        String vendorId = userId(vendorPhone);
        return orderIds.stream().map(id -> as(ADMIN_PHONE).get("/v1/orders/" + id).data())
                .filter(o -> o.get("vendorId").asText().equals(vendorId))
                .map(o -> o.get("orderNumber").asText()).findFirst().orElseThrow();
    }

    /** A written list as a phone photographs it: dark text on white, one item a line. */
    static byte[] render(String... lines) throws IOException {
        BufferedImage image = new BufferedImage(900, 90 + 70 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 40, 80 + 70 * i);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
