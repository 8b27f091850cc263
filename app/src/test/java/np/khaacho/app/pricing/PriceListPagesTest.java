package np.khaacho.app.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor's price lists page: a group list made for a buyer it sells to, a product priced in two tiers,
 * who pays what (the group's buyer its tiers, everyone else the catalog price), the buyer's catalog at the
 * group's price, and the product taken off the list again.
 */
class PriceListPagesTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Test
    void aVendorMakesAGroupListPricesAProductInTiersSeesWhoPaysWhatAndChangesTheListsTerms() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "price-page:" + run,
                "+97798550" + run, "Tiered Traders " + run, "RICE-TIERED-" + run, "Tiered Jeera Rice " + run, "bag", 2400);
        Api buyer = PortalOrders.newBuyer(commands, this::as, "+97798560" + run, "Tier Pasal " + run, 1_000_000);
        String buyerId = userId("+97798560" + run);
        PortalOrders.awaitStatus(buyer, PortalOrders.place(buyer, own.sku(), 2), "AWAITING_VENDOR");
        String listName = "wholesale-large " + run;

        signInAs(own.phone());
        open("/vendor.html");
        waitFor(By.id("price-lists-empty"));
        scrollTo(browser.findElement(By.id("price-lists-section")));
        browser.findElement(By.id("new-price-list-toggle")).click();
        browser.findElement(By.id("price-list-name")).sendKeys(listName);
        new Select(browser.findElement(By.id("price-list-kind"))).selectByValue("GROUP");
        Select buyers = new Select(waitFor(By.cssSelector("#price-list-buyers option[value='" + buyerId + "']"))
                .findElement(By.xpath("..")));
        buyers.selectByValue(buyerId);
        browser.findElement(By.id("new-price-list-submit")).click();
        waitForText(By.id("notice"), "Price list " + listName + " created.");

        WebElement card = waitFor(By.cssSelector(".price-list"));
        assertThat(card.findElement(By.cssSelector(".list-name")).getText()).isEqualTo(listName);
        assertThat(card.getText()).contains("a group of buyers", "Tier Pasal " + run, "always valid");
        List<WebElement> froms = card.findElements(By.cssSelector("input.tier-from"));
        List<WebElement> prices = card.findElements(By.cssSelector("input.tier-price"));
        froms.get(0).sendKeys("1");
        prices.get(0).sendKeys("2300");
        froms.get(1).sendKeys("10");
        prices.get(1).sendKeys("2250");
        card.findElement(By.cssSelector("button.save-list-price")).click();
        waitForText(By.cssSelector(".price-list .tiers"), "10+ at NPR 2,250.00");
        assertThat(browser.findElement(By.cssSelector(".price-list .tiers")).getText())
                .isEqualTo("1+ at NPR 2,300.00 · 10+ at NPR 2,250.00");

        WebElement theBuyer = waitFor(By.cssSelector("#who-pays-what tr[data-buyer-id='" + buyerId + "'] td.steps"));
        assertThat(theBuyer.getText()).isEqualTo("NPR 2,300.00 · 10+ at NPR 2,250.00");
        assertThat(browser.findElement(By.cssSelector("#who-pays-what tr[data-buyer-id='everyone-else'] td.steps"))
                .getText()).isEqualTo("NPR 2,400.00 *");
        scrollTo(browser.findElement(By.id("price-lists-section")));
        screenshot("PriceListPagesTest-vendor-price-lists");

        Eventually.waitUntil("the buyer reads the group's price", () -> buyer.get("/v1/products/"
                + own.productId().value()).data().get("price").decimalValue().compareTo(BigDecimal.valueOf(2300)) == 0);

        // the list's terms changed in place: a new name, valid until a day, the buyer dropped
        browser.findElement(By.cssSelector(".price-list button.edit-terms")).click();
        WebElement terms = waitFor(By.cssSelector(".price-list .list-terms-form"));
        WebElement name = terms.findElement(By.className("terms-name"));
        name.clear();
        name.sendKeys(listName + " winter");
        LocalDate until = LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(60);
        typeDate(terms.findElement(By.className("terms-until")), until);
        Select named = new Select(terms.findElement(By.className("terms-buyers")));
        waitUntil(d -> named.getAllSelectedOptions().size() == 1);
        named.deselectByValue(buyerId);
        terms.findElement(By.className("save-terms")).click();
        waitForText(By.id("notice"), "Price list " + listName + " winter changed.");
        waitForText(By.cssSelector(".price-list .list-name"), listName + " winter");
        JsonNode changed = as(own.phone()).get("/v1/price-lists").data().get(0);
        assertThat(changed.get("validUntil").asText()).isEqualTo(until.toString());
        assertThat(changed.get("buyers")).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".price-list")).getText()).doesNotContain("Tier Pasal " + run);

        browser.findElement(By.cssSelector(".price-list button.remove-list-price")).click();
        waitForText(By.cssSelector(".price-list"), "No products on this list yet.");
        waitForText(By.id("who-pays-what"), "No list prices any product yet.");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
