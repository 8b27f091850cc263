package np.khaacho.app.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor's price lists: a base list with tiers for every buyer, a group's list, one buyer's own list for
 * some days and a list whose days are over. Each buyer reads its own prices in the catalog and places at
 * them, the order recording which list and tier priced each line; a later change of a list leaves a placed
 * order as it was. Buyers never read a list, another vendor never reads or changes this vendor's.
 */
class PriceListsTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kathmandu"));

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void eachBuyerSeesAndPaysItsOwnPriceByListTierAndDayAndAPlacedOrderKeepsIt() throws Exception {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "prices:" + run,
                "+97798510" + run, "Price Traders " + run, "RICE-PRICED-" + run, "Priced Jeera Rice " + run, "bag", 2400);
        Api vendor = as(own.phone());
        String product = own.productId().value();
        Api retail = PortalOrders.newBuyer(commands, this::as, "+97798520" + run, "Retail Pasal " + run, 1_000_000);
        Api large = PortalOrders.newBuyer(commands, this::as, "+97798530" + run, "Large Pasal " + run, 1_000_000);
        Api favoured = PortalOrders.newBuyer(commands, this::as, "+97798540" + run, "Favoured Pasal " + run, 1_000_000);
        String retailId = userId("+97798520" + run);
        String largeId = userId("+97798530" + run);
        String favouredId = userId("+97798540" + run);

        String base = create(vendor, Map.of("name", "base", "kind", "BASE"));
        setPrice(vendor, base, product, 1, 2350, 10, 2280);
        String wholesale = create(vendor, Map.of("name", "wholesale-large", "kind", "GROUP",
                "buyers", List.of(largeId, favouredId)));
        setPrice(vendor, wholesale, product, 1, 2300, 10, 2250);
        String favouredOwn = create(vendor, Map.of("name", "favoured " + run, "kind", "BUYER",
                "buyers", List.of(favouredId), "validFrom", TODAY.minusDays(3).toString(),
                "validUntil", TODAY.plusDays(30).toString()));
        setPrice(vendor, favouredOwn, product, 20, 2190);
        String over = create(vendor, Map.of("name", "last season", "kind", "BUYER", "buyers", List.of(retailId),
                "validFrom", TODAY.minusDays(60).toString(), "validUntil", TODAY.minusDays(1).toString()));
        setPrice(vendor, over, product, 1, 1000);

        // each buyer's catalog, at its own prices step by step
        assertThat(awaitSteps(retail, product, "1:2350.00:base", "10:2280.00:base")).isTrue();
        assertThat(awaitSteps(large, product, "1:2300.00:wholesale-large", "10:2250.00:wholesale-large")).isTrue();
        assertThat(awaitSteps(favoured, product, "1:2300.00:wholesale-large", "10:2250.00:wholesale-large",
                "20:2190.00:favoured " + run)).isTrue();
        assertThat(vendor.get("/v1/products/" + product).data().get("price").decimalValue())
                .as("the vendor reads its catalog price").isEqualByComparingTo("2400");

        // placed at those prices, each line naming its list and tier
        String retailOrder = PortalOrders.place(retail, own.sku(), 12);
        String largeOrder = PortalOrders.place(large, own.sku(), 5);
        String favouredOrder = PortalOrders.place(favoured, own.sku(), 25);
        assertThat(pricedBy(retailOrder)).isEqualTo("2280.00 base from 10");
        assertThat(pricedBy(largeOrder)).isEqualTo("2300.00 wholesale-large from 1");
        assertThat(pricedBy(favouredOrder)).isEqualTo("2190.00 favoured " + run + " from 20");

        // the summary on WhatsApp is priced as the order will be: the same again, at the buyer's own tier
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        String phone = "+97798540" + run;
        Instant asked = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "same as last time"))
                .status()).isEqualTo(200);
        String summary = Eventually.waitFor("the summary of the same order again", () -> TWILIO.requestsTo(phone)
                .stream().filter(r -> r.receivedAt().isAfter(asked)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains(" × ")).findFirst().orElse(null));
        assertThat(summary).contains("25 bag × NPR 2,190.00", "54,750.00").doesNotContain("2,400.00");
        JsonNode largeRead = PortalOrders.awaitStatus(large, largeOrder, "AWAITING_VENDOR");
        assertThat(largeRead.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("2300");
        assertThat(largeRead.get("totalAmount").decimalValue()).isEqualByComparingTo("11500");

        // the group's price changes: what the group's buyers read changes, the placed order does not
        setPrice(vendor, wholesale, product, 1, 2000);
        assertThat(awaitSteps(large, product, "1:2000.00:wholesale-large")).isTrue();
        JsonNode afterChange = large.get("/v1/orders/" + largeOrder).data();
        assertThat(afterChange.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("2300");
        assertThat(afterChange.get("totalAmount").decimalValue()).isEqualByComparingTo("11500");
        assertThat(pricedBy(largeOrder)).isEqualTo("2300.00 wholesale-large from 1");
        assertThat(pricedBy(PortalOrders.place(large, own.sku(), 5))).isEqualTo("2000.00 wholesale-large from 1");

        // who pays what, as the vendor reads it
        JsonNode who = Eventually.waitFor("who pays what shows the new price", () -> {
            JsonNode data = vendor.get("/v1/price-lists/who-pays-what").data();
            return steps(row(data, largeId)).equals(List.of("1:2000.00:wholesale-large")) ? data : null;
        });
        assertThat(steps(row(who, favouredId))).containsExactly("1:2000.00:wholesale-large",
                "20:2190.00:favoured " + run);
        assertThat(steps(row(who, null))).as("every other buyer").containsExactly("1:2350.00:base", "10:2280.00:base");
        assertThat(steps(row(who, retailId))).as("a list whose days are over prices nothing")
                .containsExactly("1:2350.00:base", "10:2280.00:base");
        JsonNode lists = vendor.get("/v1/price-lists").data();
        assertThat(lists.findValuesAsText("name")).contains("base", "wholesale-large", "favoured " + run, "last season");

        // nobody else reads or changes them
        for (Api buyer : List.of(retail, large, favoured)) {
            assertThat(buyer.get("/v1/price-lists").status()).isEqualTo(403);
            assertThat(buyer.get("/v1/price-lists/" + wholesale).status()).isEqualTo(403);
            assertThat(buyer.get("/v1/price-lists/who-pays-what").status()).isEqualTo(403);
            assertThat(buyer.post("/v1/price-lists", Map.of("name", "mine", "kind", "BASE")).status()).isEqualTo(403);
        }
        Api otherVendor = as(VENDOR_KTM_PHONE);
        assertThat(otherVendor.get("/v1/price-lists/" + wholesale).status()).isEqualTo(404);
        assertThat(otherVendor.put("/v1/price-lists/" + wholesale + "/prices/" + product,
                Map.of("tiers", List.of(Map.of("from", 1, "price", 1)))).status()).isEqualTo(403);
        assertThat(otherVendor.get("/v1/price-lists?vendorId=" + own.vendorId().value()).status()).isEqualTo(403);
        String otherList = create(otherVendor, Map.of("name", "other's base " + run, "kind", "BASE"));
        assertThat(otherVendor.put("/v1/price-lists/" + otherList + "/prices/" + product,
                Map.of("tiers", List.of(Map.of("from", 1, "price", 1)))).status())
                .as("a product of another vendor").isEqualTo(404);
        assertThat(retail.get("/v1/products/" + product).data().get("price").decimalValue())
                .as("another vendor's list never prices this vendor's product").isEqualByComparingTo("2350");

        // refused as a vendor would get it wrong
        assertThat(vendor.put("/v1/price-lists/" + wholesale + "/prices/" + product,
                Map.of("tiers", List.of(Map.of("from", 10, "price", 2000), Map.of("from", 5, "price", 1900))))
                .status()).isEqualTo(400);
        assertThat(vendor.post("/v1/price-lists", Map.of("name", "two", "kind", "BUYER",
                "buyers", List.of(retailId, largeId))).status()).isEqualTo(400);
        assertThat(vendor.post("/v1/price-lists", Map.of("name", "ghost", "kind", "GROUP",
                "buyers", List.of("buyer-nobody"))).status()).isEqualTo(400);
    }

    private static String create(Api vendor, Map<String, Object> body) {
        Api.Reply reply = vendor.post("/v1/price-lists", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.data().get("priceListId").asText();
    }

    private static void setPrice(Api vendor, String list, String product, int... fromAndPrice) {
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (int i = 0; i < fromAndPrice.length; i += 2) {
            tiers.add(Map.of("from", fromAndPrice[i], "price", fromAndPrice[i + 1]));
        }
        Api.Reply reply = vendor.put("/v1/price-lists/" + list + "/prices/" + product, Map.of("tiers", tiers));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Waits until the buyer's catalog shows these steps (from:price:list) for the product. */
    private static boolean awaitSteps(Api buyer, String product, String... expected) {
        Eventually.waitUntil("the buyer's prices read " + List.of(expected), () ->
                steps(buyer.get("/v1/products/" + product).data()).equals(List.of(expected)));
        JsonNode read = buyer.get("/v1/products/" + product).data();
        return read.get("price").decimalValue().compareTo(new BigDecimal(expected[0].split(":")[1])) == 0;
    }

    private static List<String> steps(JsonNode priced) {
        JsonNode steps = priced.has("yourPrices") ? priced.get("yourPrices") : priced.path("prices").path(0).path("steps");
        List<String> shown = new ArrayList<>();
        steps.forEach(step -> shown.add(step.get("from").asText() + ":" + step.get("price").decimalValue().setScale(2)
                + ":" + (step.hasNonNull("pricedBy") ? step.get("pricedBy").get("listName").asText() : "catalog")));
        return shown;
    }

    private static JsonNode row(JsonNode whoPaysWhat, String buyerId) {
        for (JsonNode buyer : whoPaysWhat.get("buyers")) {
            if (buyerId == null ? !buyer.hasNonNull("buyerId") : buyerId.equals(buyer.path("buyerId").asText())) {
                return buyer;
            }
        }
        throw new AssertionError("no row for " + buyerId + " in " + whoPaysWhat);
    }

    /** The order's line as its OrderPlaced event recorded it: "price list from tier". */
    private String pricedBy(String orderId) throws Exception {
        String stored = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event_entry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%OrderPlaced'""", String.class, orderId);
        JsonNode line = JSON.readTree(stored).get("lines").get(0);
        return line.get("unitPrice").decimalValue().setScale(2).toPlainString() + " " + line.get("pricedBy").get("listName").asText() + " from "
                + line.get("pricedBy").get("tierFrom").asText();
    }
}
