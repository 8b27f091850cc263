package np.khaacho.app.payment;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.calendar.NepaliAmounts;
import np.khaacho.saga.notification.MonthlyStatements;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly statement of one vendor-buyer pair: its sums and entries on the API, open only to the pair
 * and admins; sent once on WhatsApp (as the template: this buyer never wrote) with a signed link to its
 * PDF, which opens without signing in and names the month's order, delivery, payment and balance; and
 * asked for in the chat by naming the month.
 */
class MonthlyStatementTest extends IntegrationTest {

    private static final Pattern STATEMENT_LINK = Pattern.compile("https?://[^\\s\"]+/v1/shared/statements/[^\\s\"]+");

    @Autowired
    private CommandSender commands;

    @Autowired
    private MonthlyStatements monthly;

    @Autowired
    private JdbcTemplate jdbc;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void aMonthsDeliveriesAndPaymentsMakeOneStatementSentOnceWithItsPdf() throws IOException {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798470" + run;
        String name = "Statement Pasal " + run;
        Api buyer = PortalOrders.newBuyer(commands, this::as, phone, name, 300_000);
        Api vendor = as(VENDOR_KTM_PHONE);
        JsonNode order = PortalOrders.delivered(buyer, vendor, "RICE-JEERA-25KG", 3);
        String orderId = order.get("id").asText();
        String orderNumber = order.get("orderNumber").asText();
        String buyerId = order.get("buyerId").asText();
        String vendorId = order.get("vendorId").asText();
        var paid = vendor.post("/v1/orders/" + orderId + "/payments", Map.of("amount", "3000.00", "method", "CASH"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        BsYearMonth month = BsYearMonth.of(BsDate.today());
        String path = "/v1/statements/" + vendorId + "/" + buyerId + "/" + month;

        JsonNode statement = Eventually.waitFor("the payment is on the statement", () -> {
            JsonNode read = buyer.get(path).data();
            return read != null && read.get("paid").decimalValue().compareTo(java.math.BigDecimal.ZERO) > 0 ? read : null;
        });
        assertThat(statement.get("opening").decimalValue()).isEqualByComparingTo("0");
        assertThat(statement.get("delivered").decimalValue()).isEqualByComparingTo("7050");
        assertThat(statement.get("paid").decimalValue()).isEqualByComparingTo("3000");
        assertThat(statement.get("closing").decimalValue()).isEqualByComparingTo("4050");
        assertThat(statement.get("entries")).hasSize(2);
        assertThat(statement.get("entries").get(0).get("kind").asText()).isEqualTo("DELIVERY");
        assertThat(statement.get("entries").get(1).get("balance").decimalValue()).isEqualByComparingTo("4050");
        assertThat(statement.get("orders")).hasSize(1);
        assertThat(statement.get("orders").get(0).get("orderNumber").asText()).isEqualTo(orderNumber);
        assertThat(statement.get("buyer").get("name").asText()).isEqualTo(name);

        // the pair and admins only; a month not begun has none
        assertThat(as(BUYER_KTM_PHONE).get(path).status()).isEqualTo(403);
        assertThat(as(VENDOR_PKR_PHONE).get(path).status()).isEqualTo(403);
        assertThat(as(ADMIN_PHONE).get(path).status()).isEqualTo(200);
        assertThat(buyer.get("/v1/statements/" + vendorId + "/" + buyerId + "/" + month.minusMonths(-1)).status()).isEqualTo(400);
        JsonNode listed = buyer.get("/v1/statements?month=" + month).data().get("statements");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("closing").decimalValue()).isEqualByComparingTo("4050");

        // sent once, however often the month is sent: outside the 24-hour window, as the template
        Instant sending = Instant.now();
        assertThat(monthly.send(month, buyerId)).isEqualTo(1);
        assertThat(monthly.send(month, buyerId)).isEqualTo(1);
        TwilioStub.MessageRequest sent = Eventually.waitFor("the statement reached the buyer", () ->
                TWILIO.requestsTo(phone).stream().filter(r -> r.receivedAt().isAfter(sending))
                        .filter(r -> String.valueOf(r.contentVariables()).contains("/v1/shared/statements/"))
                        .findFirst().orElse(null));
        assertThat(sent.contentSid()).isEqualTo(DEFAULT_TEMPLATE_SID);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE recipient_id = ? AND kind = ?",
                Integer.class, buyerId, "MONTHLY_STATEMENT")).isEqualTo(1);
        String text = String.valueOf(sent.contentVariables());
        Matcher link = STATEMENT_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String shared = link.group().replaceFirst("^https?://[^/]+", "");
        boolean nepali = shared.contains("lang=ne");
        assertThat(text).contains(nepali ? "4,050.00" : "Rs 4,050.00", nepali ? "रु 7,050.00" : "Rs 7,050.00");

        // the PDF opens by the link alone and names the month's order, sums and balance
        var pdf = anonymous().getBytes(shared);
        assertThat(pdf.status()).isEqualTo(200);
        String printed = text(pdf.body());
        String digits = nepali ? NepaliAmounts.devanagariDigits("4,050.00") : "4,050.00";
        assertThat(printed).contains(name, orderNumber, digits,
                nepali ? NepaliAmounts.devanagariDigits("7,050.00") : "7,050.00",
                nepali ? NepaliAmounts.devanagariDigits("3,000.00") : "3,000.00");
        assertThat(anonymous().getBytes(otherSignature(shared)).status())
                .as("a changed signature opens nothing").isEqualTo(404);
        assertThat(anonymous().getBytes(shared.replace(buyerId, buyerId + "0")).status())
                .as("another buyer's statement by this link").isEqualTo(404);
        assertThat(anonymous().getBytes(path + "/pdf").status()).as("the portal's print needs a login").isEqualTo(401);
        var english = buyer.getBytes(path + "/pdf?lang=en");
        assertThat(text(english.body())).contains("STATEMENT OF ACCOUNT", "Balance carried forward", "4,050.00",
                month.displayName(Language.EN));

        // asked in the chat by naming the month
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        Instant asked = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "this month statement"))
                .status()).isEqualTo(200);
        String reply = Eventually.waitFor("the statement in the chat", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(asked)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains("/v1/shared/statements/")).findFirst().orElse(null));
        assertThat(reply).contains(month.displayName(Language.EN), "NPR 4,050.00",
                "Annapurna Khadya Bhandar");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The link with the first character of its signature changed, whatever it was. */
    private static String otherSignature(String link) {
        int at = link.indexOf("sig=") + 4;
        return link.substring(0, at) + (link.charAt(at) == 'A' ? 'B' : 'A') + link.substring(at + 1);
    }
}
