package np.khaacho.app.catalog;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product sold only by the half dozen: an API order of 14 is refused naming 12 and 18, one of 18 is taken;
 * a WhatsApp order of 14 becomes 18, 12, or a question, as the vendor chose, and the summary says what was
 * changed and why. Bottles of a water sold in cartons of 12 that make no whole carton are rounded the same way,
 * the summary saying what a carton holds.
 */
class OrderMultiplesTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aQuantityThatIsNotAMultipleIsRefusedByTheApiAndRoundedOrAskedAboutOnWhatsApp() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "multiples:" + run,
                "+97798610" + run, "Multiple Traders " + run, "RICE-MULTI-" + run, "Multi Rice " + run, "bag", 1000);
        Api vendor = as(own.phone());
        String sku = "WALLABY-" + run;
        Api.Reply listed = vendor.post("/v1/products", soap(sku, "UP", 500));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String productId = listed.data().get("productId").asText();
        String phone = "+97798620" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Multiple Pasal " + run, 1_000_000);
        Eventually.waitUntil("the soap is on sale", () -> buyer.get("/v1/products/" + productId).status() == 200);

        Api.Reply fourteen = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", sku, "quantity", 14))));
        assertThat(fourteen.status()).as(fourteen.toString()).isEqualTo(422);
        assertThat(fourteen.errorCode()).isEqualTo("NOT_A_MULTIPLE");
        assertThat(fourteen.toString()).contains(sku + ": sold in multiples of 6 piece, so 12 or 18, not 14");
        PortalOrders.awaitStatus(buyer, PortalOrders.place(buyer, sku, 18), "AWAITING_VENDOR");

        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        assertThat(replyTo(twilio, phone, "wallaby soap 14 piece", " × "))
                .contains("18 piece × NPR 55.00", "(14 piece → 18 piece, sold in multiples of 6)");

        assertThat(vendor.put("/v1/products/" + productId, soap(sku, "DOWN", null)).status()).isEqualTo(200);
        assertThat(replyTo(twilio, phone, "wallaby soap 14 piece", "12 piece"))
                .contains("12 piece × NPR 55.00", "(14 piece → 12 piece, sold in multiples of 6)");

        assertThat(vendor.put("/v1/products/" + productId, soap(sku, "ASK", null)).status()).isEqualTo(200);
        assertThat(replyTo(twilio, phone, "wallaby soap 14 piece", "instead"))
                .contains("Wallaby Soap is sold in multiples of 6 piece: send 12 / 18 piece instead")
                .doesNotContain(" × NPR 55.00");
    }

    @Test
    void bottlesThatDoNotMakeWholeCartonsAreRoundedAsTheVendorChoseAndTheSummarySaysWhatACartonHolds() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "cartons:" + run,
                "+97798630" + run, "Carton Traders " + run, "RICE-CARTON-" + run, "Carton Rice " + run, "bag", 1000);
        Api vendor = as(own.phone());
        String sku = "WALLABY-WATER-" + run;
        String brand = "Kangaroo" + run.chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .reduce("", String::concat);
        Api.Reply listed = vendor.post("/v1/products", water(sku, brand, "UP", 500));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String productId = listed.data().get("productId").asText();
        String phone = "+97798640" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Carton Pasal " + run, 1_000_000);
        Eventually.waitUntil("the water is on sale", () -> buyer.get("/v1/products/" + productId).status() == 200);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);

        assertThat(replyTo(twilio, phone, "36 bottles of " + brand + " water", " × "))
                .contains("3 carton × NPR 240.00", "(36 bottles → 3 carton, 12 bottles each)");
        assertThat(replyTo(twilio, phone, "40 bottles of " + brand + " water", " × "))
                .contains("4 carton × NPR 240.00", "(40 bottles → 4 carton, 12 bottles each)");

        assertThat(vendor.put("/v1/products/" + productId, water(sku, brand, "DOWN", null)).status()).isEqualTo(200);
        assertThat(replyTo(twilio, phone, "40 bottles of " + brand + " water", "3 carton"))
                .contains("3 carton × NPR 240.00", "(40 bottles → 3 carton, 12 bottles each)");

        assertThat(vendor.put("/v1/products/" + productId, water(sku, brand, "ASK", null)).status()).isEqualTo(200);
        assertThat(replyTo(twilio, phone, "40 bottles of " + brand + " water", "instead"))
                .contains("is sold by the whole carton of 12 bottles: send 36 / 48 bottles (3 / 4 carton) instead")
                .doesNotContain(" × NPR 240.00");
    }

    private static Map<String, Object> water(String sku, String brand, String rounding, Integer stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", brand + " Water 1 L (carton of 12)");
        body.put("unit", "carton");
        body.put("packSize", "12 bottle");
        body.put("category", "Beverages");
        body.put("price", 240);
        body.put("multipleRounding", rounding);
        if (stock != null) {
            body.put("initialStock", stock);
        }
        return body;
    }

    private static Map<String, Object> soap(String sku, String rounding, Integer stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Wallaby Soap");
        body.put("unit", "piece");
        body.put("category", "Soap");
        body.put("price", 55);
        body.put("orderMultiple", 6);
        body.put("multipleRounding", rounding);
        if (stock != null) {
            body.put("initialStock", stock);
        }
        return body;
    }
}
