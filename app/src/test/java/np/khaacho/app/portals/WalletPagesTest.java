package np.khaacho.app.portals;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer pays what is owed from the credit panel, with each wallet the demo wallet plays: Khalti's
 * page, then eSewa's signed form through the hand-off page; back on the buyer page the payment shows as
 * received, the orders as paid and nothing is owed.
 */
class WalletPagesTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Test
    void aBuyerPaysWhatIsOwedWithKhaltiThenWithESewaFromTheCreditPanel() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798420" + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, "Wallet Test Store " + run, 500_000);

        String first = deliveredOrder(buyer);
        signInAs(phone);
        open("/buyer.html");
        payWith("KHALTI", first, buyer);
        screenshot("WalletPagesTest-buyer-paid");

        String second = deliveredOrder(buyer);
        open("/buyer.html");
        payWith("ESEWA", second, buyer);
        waitUntil(d -> "0".equals(d.findElement(By.id("pay-owed")).getAttribute("data-owed")) ? true : null);
    }

    private void payWith(String gateway, String orderId, Api buyer) {
        String owed = waitUntil(d -> {
            var line = d.findElements(By.id("pay-owed"));
            String value = line.isEmpty() ? null : line.get(0).getAttribute("data-owed");
            return value == null || "0".equals(value) ? null : value;
        });
        assertThat(new BigDecimal(browser.findElement(By.id("pay-amount")).getDomProperty("value")))
                .isEqualByComparingTo(new BigDecimal(owed));
        waitFor(By.cssSelector("button.pay-with[data-gateway='" + gateway + "']")).click();
        // the wallet's page (the demo stand-in), for what is owed
        waitFor(By.id("wallet-pay"));
        assertThat(browser.findElement(By.id("wallet-amount")).getText()).contains(new BigDecimal(owed).stripTrailingZeros().toPlainString());
        if ("KHALTI".equals(gateway)) {
            screenshot("WalletPagesTest-demo-khalti");
        }
        browser.findElement(By.id("wallet-pay")).click();
        waitFor(By.id("payment-received"));
        assertThat(browser.getCurrentUrl()).contains("/buyer.html#payment=paylink-");
        PortalOrders.awaitStatus(buyer, orderId, "PAID");
    }

    private String deliveredOrder(Api buyer) {
        return PortalOrders.delivered(buyer, as(VENDOR_KTM_PHONE), "RICE-JEERA-25KG", 3).get("id").asText();
    }
}
