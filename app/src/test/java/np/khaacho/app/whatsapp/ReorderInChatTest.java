package np.khaacho.app.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.product.ChangeProductPrice;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Same as last time" in the chat: a buyer's delivered order drafted again at today's prices, the price
 * change named, and one yes places the same lines as a new order; with no order before, nothing to repeat.
 * The buyer portal's "Order again" shows the same change beside the line, and the total at today's prices.
 */
class ReorderInChatTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aBuyerAsksForTheSameOrderAgainSeesWhatChangedAndPlacesItWithAYes() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        Actor loader = Actor.system(Channel.DEMO_DATA);
        String vendorPhone = "+97798410" + run;
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "reorder:" + run, vendorPhone,
                "Reorder Traders " + run, "RICE-REORDER-" + run, "Reorder Basmati " + run, "bag", 1000);
        String sku = own.sku();
        ProductId productId = own.productId();
        String phone = "+97798420" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Reorder Pasal " + run, 500_000);
        Api vendor = as(vendorPhone);

        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        assertThat(replyTo(twilio, phone, "same as last time", "earlier order")).contains("no earlier order");

        JsonNode first = PortalOrders.delivered(buyer, vendor, sku, 4);
        commands.send(new ChangeProductPrice(productId, Money.of(1100)), loader);
        Eventually.waitUntil("the new price is read", () -> buyer.get("/v1/products/" + productId.value()).data()
                .get("price").decimalValue().compareTo(BigDecimal.valueOf(1100)) == 0);

        String drafted = replyTo(twilio, phone, "pahila jastai pathaidinus", "4,400.00");
        assertThat(drafted).contains(first.get("orderNumber").asText(), "1,000.00", "1,100.00", "4,400.00");

        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "yes")).status()).isEqualTo(200);
        JsonNode placed = Eventually.waitFor("the same order placed again", () -> {
            for (JsonNode listed : buyer.get("/v1/orders?size=5").data().get("items")) {
                if (!listed.get("id").asText().equals(first.get("id").asText())
                        && "AWAITING_VENDOR".equals(listed.get("status").asText())) {
                    return buyer.get("/v1/orders/" + listed.get("id").asText()).data();
                }
            }
            return null;
        });
        assertThat(placed.get("items")).hasSize(1);
        assertThat(placed.get("items").get(0).get("sku").asText()).isEqualTo(sku);
        assertThat(placed.get("items").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(placed.get("totalAmount").decimalValue()).isEqualByComparingTo("4400");

        signInAs(phone);
        open("/buyer.html#order=" + first.get("id").asText());
        waitFor(By.id("reorder")).click();
        WebElement line = waitFor(By.cssSelector("#reorder-lines li.changed"));
        assertThat(line.getText()).contains("Reorder Basmati " + run, "1,100.00", "(was NPR 1,000.00)");
        waitForText(By.id("reorder-total"), "4,400.00");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id("reorder-panel")));
        screenshot("ReorderInChatTest-buyer-order-again");
    }
}
