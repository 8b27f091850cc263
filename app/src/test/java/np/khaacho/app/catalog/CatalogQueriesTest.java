package np.khaacho.app.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog read API over real HTTP: the demo catalog with vendor names and stock, typo-tolerant
 * search in English, romanized and Devanagari Nepali, filters and pages, who sees a delisted product,
 * and stock changes reaching the catalog.
 */
class CatalogQueriesTest extends IntegrationTest {

    private static final int DEMO_PRODUCTS = 50;

    @BeforeEach
    void demoCatalogProjected() {
        // the demo data lists and stocks its products in file order: the last one stocked means all are
        String last = DemoData.productId("HARPIC-500ML").value();
        Eventually.waitUntil("the demo catalog is projected with its stock", () -> {
            Api buyer = as(BUYER_KTM_PHONE);
            var harpic = buyer.get("/v1/products/" + last);
            return buyer.get("/v1/products").data().get("total").asLong() >= DEMO_PRODUCTS && harpic.status() == 200
                    && harpic.data().at("/stock/onHand").decimalValue().signum() > 0;
        });
    }

    @Test
    void everyRoleSeesTheDemoCatalogWithVendorNamesPricesAndStock() {
        for (String phone : List.of(BUYER_KTM_PHONE, VENDOR_PKR_PHONE, ADMIN_PHONE, AUDITOR_PHONE)) {
            var list = as(phone).get("/v1/products?sku=RICE-JEERA-25KG");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.data().get("total").asLong()).isEqualTo(1);
        }
        String id = DemoData.productId("RICE-JEERA-25KG").value();
        var one = as(BUYER_KTM_PHONE).get("/v1/products/" + id);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        JsonNode rice = one.data();
        assertThat(rice.get("id").asText()).isEqualTo(id);
        assertThat(rice.get("vendorId").asText()).isEqualTo(userId(VENDOR_KTM_PHONE));
        assertThat(rice.get("vendorName").asText()).isEqualTo("Annapurna Khadya Bhandar");
        assertThat(rice.get("sku").asText()).isEqualTo("RICE-JEERA-25KG");
        assertThat(rice.get("name").asText()).isEqualTo("Jeera Masino Rice 25 kg");
        assertThat(rice.get("nameNe").asText()).isEqualTo("जीरा मसिनो चामल (२५ केजी)");
        assertThat(texts(rice.get("aliases"))).contains("jeera masino", "चामल");
        assertThat(rice.get("category").asText()).isEqualTo("rice");
        assertThat(rice.get("unit").asText()).isEqualTo("bag");
        assertThat(rice.get("packSize").asText()).isEqualTo("25 kg");
        assertThat(rice.get("price").decimalValue()).isEqualByComparingTo("2350");
        assertThat(rice.get("minOrderQuantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(rice.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode stock = rice.get("stock");
        // other tests order rice: what is held moves, the identity holds
        assertThat(stock.get("onHand").decimalValue().signum()).isPositive();
        assertThat(stock.get("available").decimalValue())
                .isEqualByComparingTo(stock.get("onHand").decimalValue().subtract(stock.get("reserved").decimalValue()));

        assertThat(as(BUYER_KTM_PHONE).get("/v1/products/product-does-not-exist").errorCode()).isEqualTo("NOT_FOUND");
        assertThat(anonymous().get("/v1/products").status()).isEqualTo(401);
    }

    @Test
    void searchForgivesTyposAndFindsRomanizedAndDevanagariNames() {
        Api buyer = as(BUYER_KTM_PHONE);
        assertThat(firstSku(buyer, "basmti")).isEqualTo("RICE-BASMATI-5KG");
        assertThat(firstSku(buyer, "chini")).isEqualTo("SUGAR-KG");
        assertThat(firstSku(buyer, "चिनी")).isEqualTo("SUGAR-KG");
        assertThat(firstSku(buyer, "waiwai")).isEqualTo("NOODLE-WAIWAI-CTN");
        assertThat(firstSku(buyer, "Wai Wai")).isEqualTo("NOODLE-WAIWAI-CTN");
        assertThat(firstSku(buyer, "colgat")).isEqualTo("TOOTHPASTE-COLGATE-150G");
        assertThat(firstSku(buyer, "मसुरो")).isEqualTo("DAL-MASOOR-KG");
        assertThat(firstSku(buyer, "dal-rahar-kg")).isEqualTo("DAL-RAHAR-KG");

        var noodles = buyer.get("/v1/products/search?q=noodles").data();
        assertThat(skus(noodles)).hasSizeGreaterThanOrEqualTo(4).allMatch(sku -> sku.startsWith("NOODLE-"));
        assertThat(buyer.get("/v1/products/search?q=zzqxj").data().get("total").asLong()).isZero();
        assertThat(buyer.get("/v1/products/search?q=100%25").status()).isEqualTo(200);

        assertThat(buyer.get("/v1/products/search").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.get("/v1/products/search?q=%20%20").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.get("/v1/products/search?q=" + "x".repeat(101)).errorCode()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void filtersByVendorCategorySkuAndTextAndPages() {
        Api buyer = as(BUYER_KTM_PHONE);
        String patan = userId(VENDOR_LTP_PHONE);
        JsonNode ofPatan = buyer.get("/v1/products?size=100&vendorId=" + patan).data();
        assertThat(ofPatan.get("total").asLong()).isGreaterThanOrEqualTo(17);
        assertThat(ofPatan.get("items").findValuesAsText("vendorId")).containsOnly(patan);

        JsonNode pulses = buyer.get("/v1/products?size=100&category=pulses").data();
        assertThat(skus(pulses)).contains("DAL-MASOOR-KG", "DAL-MOONG-KG", "DAL-RAHAR-KG", "DAL-MAAS-KG",
                "DAL-CHANA-KG");
        assertThat(pulses.get("items").findValuesAsText("category")).containsOnly("pulses");

        assertThat(skus(buyer.get("/v1/products?sku=sugar-kg").data())).containsExactly("SUGAR-KG");
        JsonNode dalOfKathmandu = buyer.get("/v1/products?size=100&q=musuro&vendorId=" + userId(VENDOR_KTM_PHONE)).data();
        assertThat(skus(dalOfKathmandu).get(0)).isEqualTo("DAL-MASOOR-KG");

        JsonNode first = buyer.get("/v1/products?size=7&page=0").data();
        JsonNode second = buyer.get("/v1/products?size=7&page=1").data();
        assertThat(first.get("items")).hasSize(7);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(7);
        assertThat(skus(second)).hasSize(7).doesNotContainAnyElementsOf(skus(first));
        assertThat(buyer.get("/v1/products").data().get("size").asInt()).isEqualTo(20);

        assertThat(buyer.get("/v1/products?size=101").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.get("/v1/products?page=-1").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.get("/v1/products?page=abc").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(buyer.get("/v1/products?status=GONE").errorCode()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void aDelistedProductIsHiddenFromBuyersAndOtherVendorsButNotFromItsVendorOrAdmins() {
        Api vendor = as(VENDOR_PKR_PHONE);
        String sku = "INCENSE-" + System.nanoTime();
        String id = list(vendor, sku, 30);
        assertThat(vendor.delete("/v1/products/" + id).status()).isEqualTo(200);
        Eventually.waitUntil("the delisting reaches the catalog", () ->
                "DELISTED".equals(vendor.get("/v1/products/" + id).data().get("status").asText()));

        for (String phone : List.of(BUYER_KTM_PHONE, VENDOR_KTM_PHONE, AUDITOR_PHONE)) {
            Api other = as(phone);
            assertThat(other.get("/v1/products/" + id).errorCode()).as(phone).isEqualTo("NOT_FOUND");
            assertThat(other.get("/v1/products?sku=" + sku).data().get("total").asLong()).as(phone).isZero();
            assertThat(other.get("/v1/products/search?q=" + sku).data().findValuesAsText("sku")).doesNotContain(sku);
        }
        assertThat(skus(vendor.get("/v1/products?status=DELISTED&vendorId=" + userId(VENDOR_PKR_PHONE)).data()))
                .contains(sku);
        var asAdmin = as(ADMIN_PHONE).get("/v1/products/" + id);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.data().get("status").asText()).isEqualTo("DELISTED");
    }

    @Test
    void aStockReceiptAndAnAdjustmentReachTheCatalog() {
        Api vendor = as(VENDOR_PKR_PHONE);
        String id = list(vendor, "BROOM-" + System.nanoTime(), 40);
        Eventually.waitUntil("the opening stock is in the catalog", () ->
                stock(vendor, id, "onHand").compareTo(new BigDecimal("40")) == 0);

        var received = vendor.post("/v1/products/" + id + "/stock", Map.of("type", "RECEIVE", "quantity", "10.5"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        Eventually.waitUntil("the receipt is in the catalog", () ->
                stock(vendor, id, "onHand").compareTo(new BigDecimal("50.5")) == 0);
        var adjusted = vendor.post("/v1/products/" + id + "/stock",
                Map.of("type", "ADJUST", "quantity", -2, "reason", "two broken"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        Eventually.waitUntil("the adjustment is in the catalog", () ->
                stock(as(BUYER_KTM_PHONE), id, "available").compareTo(new BigDecimal("48.5")) == 0);
        assertThat(stock(vendor, id, "reserved")).isZero();
    }

    private String list(Api vendor, String sku, int initialStock) {
        var listed = vendor.post("/v1/products", Map.of("sku", sku, "name", "Test item " + sku, "unit", "piece",
                "category", "household", "price", "45.00", "initialStock", initialStock));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String id = listed.data().get("productId").asText();
        Eventually.waitUntil("the listing reaches the catalog", () -> vendor.get("/v1/products/" + id).status() == 200);
        return id;
    }

    private static BigDecimal stock(Api api, String id, String field) {
        return api.get("/v1/products/" + id).data().get("stock").get(field).decimalValue();
    }

    private static String firstSku(Api api, String q) {
        var found = api.get("/v1/products/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<String> skus = skus(found.data());
        assertThat(skus).as("search for " + q).isNotEmpty();
        return skus.get(0);
    }

    private static List<String> skus(JsonNode page) {
        return texts(page.get("items").findValues("sku"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
