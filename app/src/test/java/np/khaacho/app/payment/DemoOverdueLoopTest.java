package np.khaacho.app.payment;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.faults.PaymentLedgerAudit;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's collection loop, on an instance started as the demo starts (with its history): Adhikari
 * Pasal's order, delivered 20 days ago on NET15, is overdue, in the admin's 0–30 days column, and the
 * buyer was reminded with a pay link; asked "hisab" in the simulator, the khata names the overdue order
 * with the link; paid through it at the demo wallet, the receipt goes to the chat, the order is paid, the
 * admin's overdue column is empty, and the ledger audit is clean.
 */
class DemoOverdueLoopTest {

    private static final String DATABASE = "khaacho_demo_overdue";
    private static final String OVERDUE_PHONE = "+9779808100207";
    private static final String ADMIN_PHONE = "+9779800000001";
    private static final Pattern PAY_LINK = Pattern.compile("https?://[^\\s\"]+/pay\\.html#t=([A-Za-z0-9_.-]+)");

    private static ClusterNode node;

    @BeforeAll
    static void theDemoWithItsHistory() throws Exception {
        TestDatabase.recreate(DATABASE);
        node = ClusterNode.start("demo-overdue", DATABASE, "--khaacho.demo-data.history=true",
                "--khaacho.simulator.enabled=true", "--khaacho.payments.check-every=PT0.5S");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            TestDatabase.drop(DATABASE);
        }
    }

    @Test
    void anOverdueBuyerAsksForTheKhataPaysFromTheLinkAndTheOverdueLineClears() {
        Api buyer = node.as(OVERDUE_PHONE);
        Api admin = node.as(ADMIN_PHONE);
        JsonNode order = Eventually.waitFor("the history order is overdue", () -> {
            JsonNode items = buyer.get("/v1/orders?size=5").data().get("items");
            return items.size() == 1 && items.get(0).get("overdue").asBoolean() ? items.get(0) : null;
        });
        String orderId = order.get("id").asText();
        String number = order.get("orderNumber").asText();
        assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
        JsonNode vendor = Eventually.waitFor("the admin sees it overdue", () -> overdueVendor(admin, "12700"));
        assertThat(vendor.get("notYetDue").decimalValue()).isEqualByComparingTo("0");

        // the saga reminded the buyer, with the pay link
        String reminder = Eventually.waitFor("the overdue reminder", () -> node.jdbc.queryForList("""
                SELECT body FROM messaging.outbox WHERE phone = ? AND kind = 'PAYMENT_REMINDER'""", String.class,
                OVERDUE_PHONE).stream().findFirst().orElse(null));
        assertThat(reminder).contains(number, "overdue", "12,700.00");
        assertThat(PAY_LINK.matcher(reminder).find()).as(reminder).isTrue();

        // the khata in the simulator names the overdue order and links the pay page
        var sent = node.anonymous().post("/v1/simulator/messages", Map.of("phone", OVERDUE_PHONE, "text", "hisab"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String khata = Eventually.waitFor("the khata in the chat", () -> node.jdbc.queryForList("""
                SELECT body FROM messaging.outbox WHERE phone = ? AND kind = 'REPLY' ORDER BY id DESC""", String.class,
                OVERDUE_PHONE).stream().filter(body -> body.contains(number)).findFirst().orElse(null));
        assertThat(khata).contains("12,700.00", "म्याद नाघेको");
        Matcher link = PAY_LINK.matcher(khata);
        assertThat(link.find()).as(khata).isTrue();

        // paid at the demo wallet through that link
        Api anyone = node.anonymous();
        var opened = anyone.post("/v1/payments/pay-link/checkout", Map.of("token", link.group(1), "gateway", "KHALTI"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        String pidx = opened.data().get("redirectUrl").asText().replaceAll(".*pidx=", "");
        var paid = anyone.sendRaw("POST", "/demo-wallet/khalti/pay", "application/x-www-form-urlencoded",
                "pidx=" + URLEncoder.encode(pidx, StandardCharsets.UTF_8) + "&action=pay");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(303);
        anyone.get(paid.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        Eventually.waitFor("the order is paid", () -> {
            JsonNode read = buyer.get("/v1/orders/" + orderId).data();
            return "PAID".equals(read.get("status").asText()) ? read : null;
        });
        String receipt = Eventually.waitFor("the receipt in the chat", () -> node.jdbc.queryForList("""
                SELECT body FROM messaging.outbox WHERE phone = ? AND kind = 'PAYMENT_RECEIPT'""", String.class,
                OVERDUE_PHONE).stream().findFirst().orElse(null));
        assertThat(receipt).contains("Khalti", number);
        Eventually.waitFor("the overdue column is empty", () -> overdueVendor(admin, "0"));
        assertThat(new PaymentLedgerAudit(node.jdbc).problems()).isEmpty();
    }

    /** The demo vendor's row of the receivables when 0–30 days overdue is {@code amount}, else null. */
    private static JsonNode overdueVendor(Api admin, String amount) {
        for (JsonNode vendor : admin.get("/v1/admin/receivables").data().get("vendors")) {
            if (vendor.get("vendorName").asText().equals("Annapurna Khadya Bhandar")
                    && vendor.get("overdue").get("days0to30").decimalValue().compareTo(new java.math.BigDecimal(amount)) == 0) {
                return vendor;
            }
        }
        return null;
    }
}
