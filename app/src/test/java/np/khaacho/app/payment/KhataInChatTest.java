package np.khaacho.app.payment;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The khata on WhatsApp: a buyer asks "kati tirna baki cha" and is told what is owed, to whom, when it
 * falls due (BS), the credit available and a signed pay link; the link opens without signing in, pays
 * through the demo wallet, and the receipt comes to the chat; asked again, nothing is owed.
 */
class KhataInChatTest extends IntegrationTest {

    private static final Pattern PAY_LINK = Pattern.compile("https?://[^\\s\"]+/pay\\.html#t=([A-Za-z0-9_.-]+)");

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aBuyerAsksForTheKhataPaysFromTheLinkAndIsToldItIsSettled() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798430" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Khata Test Pasal " + run, 300_000);
        JsonNode order = PortalOrders.delivered(buyer, as(VENDOR_KTM_PHONE), "RICE-JEERA-25KG", 3);
        String orderId = order.get("id").asText();
        LocalDate due = LocalDate.parse(order.get("dueDate").asText());

        String khata = ask(phone, "kati tirna baki cha");
        assertThat(khata).as("in Nepali: the order, what is left, the BS due date, the credit and a link")
                .contains(order.get("orderNumber").asText(), "रु 7,050.00", "Annapurna Khadya Bhandar",
                        BsDate.fromGregorian(due).longForm(Language.NE), "उपलब्ध उधारो");
        Matcher link = PAY_LINK.matcher(khata);
        assertThat(link.find()).as(khata).isTrue();
        String token = link.group(1);

        // the link opens without a session; a changed token opens nothing
        Api anyone = anonymous();
        JsonNode info = anyone.post("/v1/payments/pay-link", Map.of("token", token)).data();
        assertThat(info.get("buyerName").asText()).isEqualTo("Khata Test Pasal " + run);
        assertThat(info.get("owed").decimalValue()).isEqualByComparingTo("7050");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(anyone.post("/v1/payments/pay-link", Map.of("token", forged)).status()).isEqualTo(401);
        assertThat(anyone.post("/v1/payments/pay-link", Map.of("token", "")).status()).isEqualTo(401);

        // pays with the demo wallet's Khalti, as the buyer's browser would
        Instant beforePaying = Instant.now();
        var opened = anyone.post("/v1/payments/pay-link/checkout", Map.of("token", token, "gateway", "KHALTI"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        String linkId = opened.data().get("linkId").asText();
        String pidx = opened.data().get("redirectUrl").asText().replaceAll(".*pidx=", "");
        var paid = anyone.sendRaw("POST", "/demo-wallet/khalti/pay", "application/x-www-form-urlencoded",
                "pidx=" + URLEncoder.encode(pidx, StandardCharsets.UTF_8) + "&action=pay");
        assertThat(paid.status()).isEqualTo(303);
        String back = paid.headers().firstValue("Location").orElseThrow();
        var landed = anyone.get(back.replaceFirst("^https?://[^/]+", ""));
        assertThat(landed.headers().firstValue("Location").orElse("")).isEqualTo("/pay.html#payment=" + linkId);
        JsonNode status = anyone.post("/v1/payments/pay-link/status", Map.of("token", token, "linkId", linkId)).data();
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        PortalOrders.awaitStatus(buyer, orderId, "PAID");
        TwilioStub.MessageRequest receipt = Eventually.waitFor("the receipt reached the chat", () ->
                TWILIO.requestsTo(phone).stream().filter(r -> r.receivedAt().isAfter(beforePaying))
                        .filter(r -> String.valueOf(r.body()).contains("Khalti")).findFirst().orElse(null));
        assertThat(receipt.body()).contains(order.get("orderNumber").asText(), "7,050.00");

        String settled = ask(phone, "hisab");
        assertThat(settled).contains("केही बाँकी छैन", "पछिल्ला भुक्तानी", "Khalti").doesNotContain("pay.html");
    }

    @Test
    void anOrderOverTheCreditAvailableIsHeldAndOneYesPlacesItAgainOncePaid() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798460" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Credit Hold Pasal " + run, 10_000);
        PortalOrders.delivered(buyer, as(VENDOR_KTM_PHONE), "RICE-JEERA-25KG", 3);

        // 7,050 owed of a 10,000 limit: another 7,050 is 4,100 over what is available
        Instant placed = Instant.now();
        String orderId = PortalOrders.place(buyer, "RICE-JEERA-25KG", 3);
        JsonNode order = PortalOrders.awaitStatus(buyer, orderId, "DECLINED");
        String number = order.get("orderNumber").asText();
        // the buyer never wrote on WhatsApp: the notice goes as the approved template, the text its variable
        String hold = Eventually.waitFor("the buyer hears why", () -> texts(phone, placed)
                .filter(text -> text.contains(number) && text.contains("4,100.00")).findFirst().orElse(null));
        assertThat(hold).contains("7,050.00", "YES");
        Matcher link = PAY_LINK.matcher(hold);
        assertThat(link.find()).as(hold).isTrue();

        // paid through the link; the receipt says the order can go ahead, and a yes places the same basket
        Instant paying = Instant.now();
        payWithDemoKhalti(link.group(1));
        String receipt = Eventually.waitFor("the receipt", () -> texts(phone, paying)
                .filter(text -> text.contains("Khalti") && text.contains(number)).findFirst().orElse(null));
        assertThat(receipt).contains("YES");
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes")).status()).isEqualTo(200);
        JsonNode again = Eventually.waitFor("the same basket placed again", () -> {
            for (JsonNode listed : buyer.get("/v1/orders?size=5").data().get("items")) {
                if (!listed.get("id").asText().equals(orderId) && listed.get("createdAt").asText().compareTo(paying.toString()) > 0) {
                    return listed;
                }
            }
            return null;
        });
        JsonNode placedAgain = PortalOrders.awaitStatus(buyer, again.get("id").asText(), "AWAITING_VENDOR");
        assertThat(placedAgain.get("items")).hasSize(1);
        assertThat(placedAgain.get("items").get(0).get("sku").asText()).isEqualTo("RICE-JEERA-25KG");
        assertThat(placedAgain.get("items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");

        // a second yes has nothing more to place
        Instant second = Instant.now();
        twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes"));
        Eventually.waitFor("the answer to the second yes", () -> texts(phone, second).findFirst().orElse(null));
        assertThat(buyer.get("/v1/orders?size=10").data().get("total").asInt()).as("no third order").isEqualTo(3);
    }

    @Test
    void aYesAfterAnOrderDeclinedForStockPlacesNothing() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798480" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Stock Short Pasal " + run, 5_000_000);
        String orderId = PortalOrders.place(buyer, "SALT-AAYO-1KG", 3010);
        PortalOrders.awaitStatus(buyer, orderId, "DECLINED");
        Instant said = Instant.now();
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes")).status()).isEqualTo(200);
        String answer = Eventually.waitFor("the answer to yes", () -> texts(phone, said)
                .filter(text -> text.contains("no order waiting")).findFirst().orElse(null));
        assertThat(answer).as("short of stock, not of credit: nothing is placed again").isNotNull();
        assertThat(buyer.get("/v1/orders?size=5").data().get("total").asInt()).isEqualTo(1);
    }

    private java.util.stream.Stream<String> texts(String phone, Instant after) {
        return TWILIO.requestsTo(phone).stream().filter(r -> r.receivedAt().isAfter(after))
                .map(r -> r.body() != null ? r.body() : String.valueOf(r.contentVariables()));
    }

    private void payWithDemoKhalti(String token) {
        Api anyone = anonymous();
        var opened = anyone.post("/v1/payments/pay-link/checkout", Map.of("token", token, "gateway", "KHALTI"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        String pidx = opened.data().get("redirectUrl").asText().replaceAll(".*pidx=", "");
        var paid = anyone.sendRaw("POST", "/demo-wallet/khalti/pay", "application/x-www-form-urlencoded",
                "pidx=" + URLEncoder.encode(pidx, StandardCharsets.UTF_8) + "&action=pay");
        assertThat(paid.status()).isEqualTo(303);
        anyone.get(paid.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    /** Sends the buyer's message and answers Khaacho's reply to it. */
    private String ask(String phone, String text) {
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant sent = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, text)).status()).isEqualTo(200);
        return Eventually.waitFor("the reply to \"" + text + "\"", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(sent)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && (body.contains("हिसाब") || body.contains("khata"))).findFirst().orElse(null));
    }
}
