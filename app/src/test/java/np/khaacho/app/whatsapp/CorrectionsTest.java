package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer corrects its summary and Khaacho learns its words. A sugar sold in 50 kg bags and in 1 kg
 * packets: the buyer's bare word for it matches both and is not understood; "W bhaneko 1 kg ko packet"
 * drafts packets, and the next "W 3" from that buyer reads as packets at once, while another buyer's
 * "W 3" is still not understood. A word the catalog reads as the bag ("V 4", an alias of the bag) corrected
 * with "not V, I meant W 1 kg packet" becomes packets, counted as the buyer counted, and so does the next "V 5".
 * A vendor confirming part of a WhatsApp order says a line was read wrong and names the product meant: the
 * line is dropped (not counted as demand lost), and the buyer's words for it read as that product next time.
 */
class CorrectionsTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aCorrectionRedraftsTheSummaryAndTheSameWordsFromTheSameBuyerReadRightNextTime() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String letters = run.chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
        String family = "gud" + letters;
        String nickname = "mitho" + letters;
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "corrections:" + run,
                "+97798710" + run, "Correction Traders " + run, "SALT-" + run, "Correction Salt " + run, "packet", 30);
        Actor loader = Actor.system(Channel.DEMO_DATA);
        String bagSku = "SUGAR-BAG-" + run;
        list(own, bagSku, "Khanepani " + family + " 50 kg", List.of(nickname), "bag", 4200, loader);
        String packetSku = "SUGAR-PKT-" + run;
        ProductId packet = list(own, packetSku, family + " 1 kg packet", List.of(), "packet", 95, loader);
        String phone = "+97798720" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Correction Pasal " + run, 1_000_000);
        Eventually.waitUntil("the packet is on sale", () -> buyer.get("/v1/products/" + packet.value()).status() == 200);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);

        assertThat(replyTo(twilio, phone, family + " 2", "could not find")).contains(family + " 2");
        assertThat(replyTo(twilio, phone, family + " bhaneko 1 kg ko packet", "सच्याइयो"))
                .contains("सच्याइयो: " + family + " 2 → 2 packet " + family + " 1 kg packet।")
                .contains("अबदेखि तपाईंले \"" + family + "\" लेख्दा " + family + " 1 kg packet बुझिनेछ।")
                .contains("2 packet × रु 95.00");
        assertThat(replyTo(twilio, phone, family + " 3", " × ")).contains("3 packet × NPR 95.00");

        String other = "+97798730" + run;
        PortalOrders.newBuyer(commands, this::as, other, "Other Pasal " + run, 1_000_000);
        assertThat(replyTo(twilio, other, family + " 3", "could not find")).doesNotContain(" × ");

        assertThat(replyTo(twilio, phone, "please send " + nickname + " 4", " × ")).contains("4 bag × NPR 4,200.00");
        assertThat(replyTo(twilio, phone, "not " + nickname + ", I meant " + family + " 1 kg packet", "Corrected"))
                .contains("Corrected: 4 bag Khanepani " + family + " 50 kg → 4 packet " + family + " 1 kg packet.")
                .contains("From now on \"" + nickname + "\" from you means " + family + " 1 kg packet.")
                .contains("4 packet × NPR 95.00")
                .doesNotContain("NPR 4,200.00");
        assertThat(replyTo(twilio, phone, "please send " + nickname + " 5", " × ")).contains("5 packet × NPR 95.00");
        assertThat(replyTo(twilio, other, "please send " + nickname + " 5", " × ")).contains("5 bag × NPR 4,200.00");

        assertThat(jdbc.queryForList("""
                SELECT words || '=' || sku || ' by ' || corrected_by FROM write_model.buyer_aliases a
                JOIN write_model.users b ON b.id = a.buyer_id WHERE b.phone = ? ORDER BY words""", String.class, phone))
                .containsExactly(family + "=" + packetSku + " by BUYER", nickname + "=" + packetSku + " by BUYER");
    }

    @Test
    void aVendorSaysWhatAMisreadLineMeantAndTheBuyersWordsReadAsThatNextTime() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String letters = run.chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
        String word = "jhilke" + letters;
        String cream = "malai" + letters;
        String noodles = "kodo" + letters;
        String vendorPhone = "+97798740" + run;
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "misread:" + run, vendorPhone,
                "Misread Traders " + run, "OIL-" + run, "Misread Oil " + run, "bottle", 300);
        Actor loader = Actor.system(Channel.DEMO_DATA);
        String plainSku = "BISCUIT-" + run;
        list(own, plainSku, word + " Biscuit", List.of(), "packet", 20, loader);
        String creamSku = "CREAM-" + run;
        list(own, creamSku, cream + " Cream Biscuit", List.of(), "packet", 35, loader);
        list(own, "NOODLE-" + run, noodles + " Noodles", List.of(), "packet", 25, loader);
        String phone = "+97798750" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Misread Pasal " + run, 1_000_000);
        Api vendor = as(vendorPhone);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);

        assertThat(replyTo(twilio, phone, "please send " + word + " 6 and " + noodles + " 2", " × "))
                .contains("6 packet × NPR 20.00", "2 packet × NPR 25.00");
        Instant placing = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes")).status()).isEqualTo(200);
        String orderId = Eventually.waitFor("the order placed", () -> {
            for (JsonNode listed : buyer.get("/v1/orders?size=5").data().get("items")) {
                if (listed.get("createdAt").asText().compareTo(placing.minusSeconds(60).toString()) > 0) {
                    return listed.get("id").asText();
                }
            }
            return null;
        });
        PortalOrders.awaitStatus(vendor, orderId, "AWAITING_VENDOR");
        String date = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2).toString();

        Api.Reply kept = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED", "deliveryDate", date,
                "items", List.of(Map.of("sku", plainSku, "quantity", 6, "meant", creamSku))));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(400);
        assertThat(kept.toString()).contains("send quantity 0");
        Api.Reply foreign = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED", "deliveryDate",
                date, "items", List.of(Map.of("sku", plainSku, "quantity", 0, "meant", "SUGAR-KG"))));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.toString()).contains("SUGAR-KG is not one of your products");

        Api.Reply fixed = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED", "deliveryDate",
                date, "items", List.of(Map.of("sku", plainSku, "quantity", 0, "meant", creamSku))));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        JsonNode confirmed = PortalOrders.awaitStatus(buyer, orderId, "CONFIRMED");
        assertThat(confirmed.get("items")).hasSize(1);
        assertThat(jdbc.queryForList("""
                SELECT words || '=' || sku || ' by ' || corrected_by FROM write_model.buyer_aliases a
                JOIN write_model.users b ON b.id = a.buyer_id WHERE b.phone = ?""", String.class, phone))
                .containsExactly(word + "=" + creamSku + " by VENDOR");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND payloadtype = 'np.khaacho.kernel.reading.ReadingCorrected'""",
                Long.class, orderId)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND payloadtype = 'np.khaacho.kernel.demand.DemandLost'""",
                Long.class, orderId)).as("a line read wrong is not demand lost").isZero();

        assertThat(replyTo(twilio, phone, "please send " + word + " 4", " × ")).contains("4 packet × NPR 35.00");
    }

    private ProductId list(PortalOrders.OwnVendor vendor, String sku, String name, List<String> aliases, String unit,
                           long price, Actor loader) {
        ProductId product = ProductId.derivedFrom("corrections:" + sku);
        commands.send(new ListProduct(product, vendor.vendorId(), sku, new ProductDetails(name, null, aliases, "Grocery",
                unit, null), Money.of(price), Quantity.of(1)), loader);
        commands.send(new ReceiveStock(StockId.of(product), product, Quantity.of(500), "opening stock"), loader);
        return product;
    }
}
