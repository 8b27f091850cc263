package np.khaacho.app.catalog;

import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The product, stock and credit commands of the API, and the demo data loaded through commands. */
class CatalogAndCreditCommandsTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private DemoData demoData;

    @Test
    void aVendorListsRepricesStocksAndDelistsAProduct() {
        Api vendor = as(VENDOR_LTP_PHONE);
        var listed = vendor.post("/v1/products", Map.of("sku", "CHIPS-LAYS-BOX", "name", "Lay's Classic (box of 20)",
                "nameNe", "लेज चिप्स", "aliases", List.of("lays", "chips"), "category", "snacks", "unit", "box",
                "price", "420.00", "minOrderQuantity", 2, "initialStock", 40));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String productId = listed.data().get("productId").asText();

        var repriced = vendor.put("/v1/products/" + productId, Map.of("sku", "CHIPS-LAYS-BOX",
                "name", "Lay's Classic (box of 20)", "unit", "box", "price", "440.00", "minOrderQuantity", 2));
        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);
        assertThat(vendor.post("/v1/products/" + productId + "/stock",
                Map.of("type", "RECEIVE", "quantity", "10.5")).status()).isEqualTo(200);
        assertThat(vendor.post("/v1/products/" + productId + "/stock",
                Map.of("type", "ADJUST", "quantity", -3, "reason", "damaged in transit")).status()).isEqualTo(200);
        assertThat(vendor.delete("/v1/products/" + productId).status()).isEqualTo(200);

        assertThat(types(productId)).containsExactly("ProductListed", "ProductDetailsUpdated", "ProductPriceChanged",
                "ProductDelisted");
        assertThat(types(StockId.of(ProductId.of(productId)).value()))
                .containsExactly("StockReceived", "StockReceived", "StockAdjusted");

        var orderingDelisted = as(BUYER_KTM_PHONE).post("/v1/orders",
                Map.of("items", List.of(Map.of("sku", "CHIPS-LAYS-BOX", "quantity", 10))));
        assertThat(orderingDelisted.errorCode()).isEqualTo("PRODUCT_NOT_AVAILABLE");
    }

    @Test
    void anAdminSetsABuyersCreditTerms() {
        String buyerId = userId(BUYER_POKHARA_COD_PHONE);
        try {
            var set = as(ADMIN_PHONE).put("/v1/buyers/" + buyerId + "/credit",
                    Map.of("creditLimit", 25000, "paymentTerms", "NET7"));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(types(CreditAccountId.of(BuyerId.of(buyerId)).value()))
                    .containsExactly("CreditAccountOpened", "CreditTermsChanged");
            assertThat(jdbc.queryForObject("SELECT payment_terms FROM write_model.buyer_profiles WHERE user_id = ?",
                    String.class, buyerId)).isEqualTo("NET7");
        } finally {
            // the demo's cash-on-delivery buyer stays one for the tests that read it (they share this application)
            var restored = as(ADMIN_PHONE).put("/v1/buyers/" + buyerId + "/credit",
                    Map.of("creditLimit", 0, "paymentTerms", "COD"));
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
        assertThat(as(ADMIN_PHONE).put("/v1/buyers/buyer-00000000-0000-0000-0000-000000000000/credit",
                Map.of("creditLimit", 1, "paymentTerms", "NET7")).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void demoDataIsLoadedThroughCommandsAndNeverTwice() throws Exception {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM write_model.users", Integer.class)).isGreaterThanOrEqualTo(2 + 3 + 8);
        List<String> demoSkus = demoSkus();
        assertThat(demoSkus).hasSize(50);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM write_model.products WHERE sku = ANY (?)", Integer.class,
                (Object) demoSkus.toArray(String[]::new))).isEqualTo(50);
        assertThat(types(DemoData.productId("RICE-JEERA-25KG").value())).containsExactly("ProductListed");
        assertThat(eventStore.readEvents(StockId.of(DemoData.productId("RICE-JEERA-25KG")).value()).asStream()
                .findFirst().orElseThrow().getMetaData()).containsEntry("channel", "DEMO_DATA");

        long before = eventCount();
        assertThat(demoData.load()).isZero();
        assertThat(eventCount()).isEqualTo(before);
    }

    private static List<String> demoSkus() throws java.io.IOException {
        try (var in = new org.springframework.core.io.ClassPathResource("demo/catalog.csv").getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).toList();
        }
    }

    private List<String> types(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(DomainEventMessage::getPayloadType).map(Class::getSimpleName).toList();
    }
}
