package np.khaacho.app.payment;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.RemindPayment;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new vendor's receivables as the admin sees them: what two delivered orders leave owed, not yet due
 * today and in the right age bucket as of later days, days sales outstanding, and what a reminder
 * collected (a payment on the reminded order within 3 days); the admin page shows the same row.
 */
class ReceivablesTest extends BrowserTest {

    @Autowired
    private CommandSender commands;

    @Test
    void aVendorsReceivablesAgeAndCountWhatItsReminderCollected() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        Actor loader = Actor.system(Channel.DEMO_DATA);
        PortalOrders.OwnVendor own = PortalOrders.newVendorWithProduct(commands, this::as, "receivables:" + run,
                "+97798440" + run, "Receivables Traders " + run, "RCV-" + run, "Receivables probe " + run, "piece", 1000);
        VendorId vendorId = own.vendorId();
        String sku = own.sku();
        ProductId productId = own.productId();
        String buyerPhone = "+97798450" + run;
        BuyerId buyerId = BuyerId.derivedFrom("receivables-buyer:" + run);
        commands.send(new RegisterBuyer(buyerId, buyerPhone, "Receivables Pasal " + run, "Owner", "Kathmandu",
                "Ward 1, Kathmandu"), loader);
        commands.send(new OpenCreditAccount(CreditAccountId.of(buyerId), buyerId, Money.of(100_000), PaymentTerms.NET15),
                loader);
        Api buyer = as(buyerPhone);
        Api vendor = as("+97798440" + run);
        Eventually.waitUntil("the buyer and the product are known", () -> buyer.get("/v1/buyers/me/credit").status() == 200
                && buyer.get("/v1/products/" + productId.value()).status() == 200
                && vendor.get("/v1/users/me").status() == 200);

        String first = delivered(buyer, vendor, sku, 4);
        String second = delivered(buyer, vendor, sku, 6);
        LocalDate due = LocalDate.parse(buyer.get("/v1/orders/" + second).data().get("dueDate").asText());

        // a reminder on the second order, then a payment that pays the first and 2,500 of the second
        commands.send(new RemindPayment(OrderId.of(second), due, false), Actor.system(Channel.SYSTEM));
        Eventually.waitUntil("the reminder is recorded", () -> admin().get("/v1/orders/" + second + "/tracking").data()
                .toString().contains("PaymentReminded"));
        var paid = as(ADMIN_PHONE).post("/v1/buyers/" + buyerId.value() + "/payments", Map.of("amount", 6500, "method", "BANK"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        PortalOrders.awaitStatus(buyer, first, "PAID");

        JsonNode row = Eventually.waitFor("the vendor's receivables", () -> {
            JsonNode r = vendorRow(admin().get("/v1/admin/receivables").data(), vendorId.value());
            return r != null && r.get("reminders").get("followedByPayment").asInt() == 1 ? r : null;
        });
        assertThat(row.get("outstanding").decimalValue()).isEqualByComparingTo("3500");
        assertThat(row.get("notYetDue").decimalValue()).isEqualByComparingTo("3500");
        assertThat(row.get("deliveredInPeriod").decimalValue()).isEqualByComparingTo("10000");
        assertThat(row.get("dso").decimalValue()).isEqualByComparingTo(new BigDecimal("3500").multiply(BigDecimal.valueOf(90))
                .divide(new BigDecimal("10000"), 1, RoundingMode.HALF_UP));
        assertThat(row.get("reminders").get("sent").asInt()).isEqualTo(1);
        assertThat(row.get("reminders").get("collected").decimalValue()).as("the share on the reminded order")
                .isEqualByComparingTo("2500");

        // later, unpaid: the same balance moves through the age buckets
        assertThat(bucketsAsOf(vendorId, due.minusDays(10))).containsExactly("3500", "0", "0", "0", "0");
        assertThat(bucketsAsOf(vendorId, due.plusDays(45))).containsExactly("0", "0", "3500", "0", "0");
        assertThat(bucketsAsOf(vendorId, due.plusDays(120))).containsExactly("0", "0", "0", "0", "3500");
        assertThat(bucketsAsOf(vendorId, due)).as("due today: not late yet").containsExactly("3500", "0", "0", "0", "0");
        assertThat(bucketsAsOf(vendorId, due.plusDays(1))).containsExactly("0", "3500", "0", "0", "0");
        assertThat(admin().get("/v1/admin/receivables?asOf=2020-01-01").status()).isEqualTo(400);
        assertThat(admin().get("/v1/admin/receivables?asOf=soon").status()).isEqualTo(400);
        assertThat(buyer.get("/v1/admin/receivables").status()).isEqualTo(403);

        signInAs(ADMIN_PHONE);
        open("/admin.html");
        waitFor(By.cssSelector("#dashboard[data-loaded='true']"));
        var shown = waitFor(By.cssSelector("#receivables tr[data-vendor-id='" + vendorId.value() + "']"));
        assertThat(new BigDecimal(shown.getAttribute("data-outstanding"))).isEqualByComparingTo("3500");
        assertThat(shown.getText()).contains("Receivables Traders " + run, "31.5 days", "NPR 2,500.00 (1 of 1 reminders)");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
        screenshot("ReceivablesTest-admin-receivables");
    }

    private Api admin() {
        return as(ADMIN_PHONE);
    }

    /** Overdue 1–30 (with today's not-yet-due first), 31–60, 61–90 and over 90 days, as of a day. */
    private List<String> bucketsAsOf(VendorId vendorId, LocalDate day) {
        JsonNode row = vendorRow(admin().get("/v1/admin/receivables?asOf=" + day).data(), vendorId.value());
        JsonNode o = row.get("overdue");
        return List.of(row.get("notYetDue"), o.get("days0to30"), o.get("days31to60"), o.get("days61to90"), o.get("over90"))
                .stream().map(n -> n.decimalValue().stripTrailingZeros().toPlainString()).toList();
    }

    private static JsonNode vendorRow(JsonNode receivables, String vendorId) {
        for (JsonNode vendor : receivables.get("vendors")) {
            if (vendor.get("vendorId").asText().equals(vendorId)) {
                return vendor;
            }
        }
        return null;
    }

    private static String delivered(Api buyer, Api vendor, String sku, int quantity) {
        return PortalOrders.delivered(buyer, vendor, sku, quantity).get("id").asText();
    }
}
