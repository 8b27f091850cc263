package np.khaacho.app.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.VendorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VAT-registered vendor that states its catalog prices without VAT: an order adds 13 % to each
 * standard-rated price (none to an exempt one), so its total is what the buyer pays, and the invoice
 * splits it back into the catalog prices and the VAT on them.
 */
class PricesWithoutVatTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;

    @Test
    void anOrderAddsVatToTheStandardRatedPricesAndTheInvoiceSplitsItBack() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String vendorPhone = "+97798300" + run;
        VendorId vendorId = VendorId.derivedFrom("prices-without-vat:" + vendorPhone);
        commands.send(new RegisterVendor(vendorId, vendorPhone, "Bagmati Traders " + run, "Kathmandu",
                List.of("Kathmandu"), Money.of(0)), Actor.system(Channel.DEMO_DATA));
        Api vendor = as(vendorPhone);
        Eventually.waitUntil("the vendor can sign in", () -> vendor.get("/v1/users/me").status() == 200);
        var profile = vendor.put("/v1/vendors/me/tax-profile", Map.of("pan", "304567891", "vatRegistered", true,
                "pricesIncludeVat", false, "invoiceAt", "DELIVERY"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        String soap = "SOAP-" + run;
        String lentils = "DAL-" + run;
        listed(vendor, soap, "Bath soap", "99.99", null);
        listed(vendor, lentils, "Lentils", "50.00", "EXEMPT");

        Api buyer = as(BUYER_KTM_PHONE);
        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", soap, "quantity", 7),
                Map.of("sku", lentils, "quantity", 2))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        JsonNode order = OrderSteps.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        // 99.99 × 1.13 = 112.9887 → 112.99 a piece; 7 × 112.99 = 790.93; the lentils stay at 50.00
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("890.93");
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);

        JsonNode invoice = Eventually.waitFor("the invoice", () -> {
            JsonNode page = vendor.get("/v1/invoices?orderId=" + orderId).data();
            return page.get("total").asLong() == 1 ? page.get("items").get(0) : null;
        });
        // 790.93 / 1.13 = 699.9380… → 699.94 taxable; VAT 90.99; 7 × 99.99 = 699.93 in the catalog
        assertThat(invoice.get("totalAmount").decimalValue()).isEqualByComparingTo("890.93");
        assertThat(invoice.get("exemptAmount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(invoice.get("taxableAmount").decimalValue()).isEqualByComparingTo("699.94");
        assertThat(invoice.get("vatAmount").decimalValue()).isEqualByComparingTo("90.99");
        JsonNode lines = vendor.get("/v1/invoices/" + invoice.get("invoiceId").asText()).data().get("document").get("lines");
        JsonNode soapLine = lines.get(0).get("sku").asText().equals(soap) ? lines.get(0) : lines.get(1);
        assertThat(soapLine.get("amount").decimalValue()).isEqualByComparingTo("699.94");
        assertThat(soapLine.get("rate").decimalValue()).as("the catalog price again").isEqualByComparingTo("99.99");
    }

    private static void listed(Api vendor, String sku, String name, String price, String vatClass) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "name", name, "unit", "piece",
                "price", price, "initialStock", 100, "category", "household"));
        if (vatClass != null) {
            body.put("vatClass", vatClass);
        }
        var listed = vendor.post("/v1/products", body);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
    }
}
