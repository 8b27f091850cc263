package np.khaacho.app.portals;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.payment.gateway.PayLinks;
import np.khaacho.kernel.party.BuyerId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pay link from WhatsApp opened in a browser that has never signed in: the pay page shows whose dues
 * and what is owed, pays through the demo wallet's eSewa, and shows the payment received when the wallet
 * sends the buyer back; an expired link opens nothing.
 */
class PayLinkPageTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Autowired
    private PayLinks payLinks;

    @Test
    void aPayLinkPaysWithoutSigningInAndShowsThePaymentReceived() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798470" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Pay Link Pasal " + run, 300_000);
        String orderId = PortalOrders.delivered(buyer, as(VENDOR_KTM_PHONE), "RICE-JEERA-25KG", 3).get("id").asText();
        BuyerId buyerId = BuyerId.of(userId(phone));

        String link = payLinks.link(buyerId, Duration.ofHours(1));
        browser.get(link);
        waitFor(By.id("pay-owed"));
        assertThat(browser.findElement(By.id("pay-link-buyer")).getText()).contains("Pay Link Pasal " + run);
        assertThat(browser.findElement(By.id("pay-owed")).getAttribute("data-owed")).isEqualTo("7050");
        assertThat(browser.findElement(By.id("pay-link")).getText()).doesNotContain("null").doesNotContain("undefined");
        screenshot("PayLinkPageTest-pay-page");

        waitFor(By.cssSelector("button.pay-with[data-gateway='ESEWA']")).click();
        waitFor(By.id("wallet-pay")).click();
        waitFor(By.id("payment-received"));
        assertThat(browser.getCurrentUrl()).contains("/pay.html#payment=paylink-");
        PortalOrders.awaitStatus(buyer, orderId, "PAID");

        browser.get(payLinks.link(buyerId, Duration.ofSeconds(-5)));
        assertThat(waitFor(By.id("pay-link-invalid")).getText()).contains("not valid");
    }
}
