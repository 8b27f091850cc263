package np.khaacho.app.payment;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's "money held for buyers" panel: a buyer pays 1,000 more than it owes at the demo wallet; the
 * panel shows it held; "Apply to what is owed" finds nothing owed and says so; a refund with how it was
 * paid back empties the row.
 */
class HeldMoneyPageTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Test
    void anAdminSeesMoneyHeldAppliesItWhenOwedAndRecordsItsRefund() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798490" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Held Money Pasal " + run, 300_000);
        String orderId = PortalOrders.delivered(buyer, as(VENDOR_KTM_PHONE), "RICE-JEERA-25KG", 3).get("id").asText();
        String buyerId = buyer.get("/v1/users/me").data().get("id").asText();

        var opened = buyer.post("/v1/payments/checkout", Map.of("gateway", "KHALTI", "amount", new BigDecimal("8050")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        String pidx = opened.data().get("redirectUrl").asText().replaceAll(".*pidx=", "");
        Api anyone = anonymous();
        var paid = anyone.sendRaw("POST", "/demo-wallet/khalti/pay", "application/x-www-form-urlencoded",
                "pidx=" + URLEncoder.encode(pidx, StandardCharsets.UTF_8) + "&action=pay");
        assertThat(paid.status()).isEqualTo(303);
        anyone.get(paid.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        PortalOrders.awaitStatus(buyer, orderId, "PAID");

        signInAs(ADMIN_PHONE);
        open("/admin.html");
        By row = By.cssSelector("#held tr[data-buyer-id='" + buyerId + "']");
        WebElement shown = Eventually.waitFor("the held row", () -> {
            open("/admin.html");
            return browser.findElements(row).stream().findFirst().orElse(null);
        });
        assertThat(new BigDecimal(shown.getAttribute("data-held"))).isEqualByComparingTo("1000");
        assertThat(shown.getText()).contains("Held Money Pasal " + run, "1,000.00");

        shown.findElement(By.cssSelector("button.apply-held")).click();
        waitForText(By.id("notice"), "owes nothing now");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.findElement(row));
        screenshot("HeldMoneyPageTest-admin-held");

        WebElement again = browser.findElement(row);
        again.findElement(By.cssSelector("input.refund-note")).sendKeys("paid back in cash at the shop");
        again.findElement(By.cssSelector("button.refund")).click();
        waitForText(By.id("notice"), "Refund of NPR 1,000.00 recorded");
        Eventually.waitUntil("the row is gone", () -> browser.findElements(row).isEmpty());
        assertThat(as(ADMIN_PHONE).get("/v1/admin/payments/unapplied").data().toString()).doesNotContain(buyerId);
    }
}
