package np.khaacho.command.payment.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import np.khaacho.kernel.common.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Khalti's web checkout (KPG-2, docs.khalti.com/khalti-epayment): a server-side initiate with the amount
 * in paisa and the purchase order id answers a {@code pidx} and the page the buyer pays on; Khalti sends
 * the buyer back to the return URL, and only the server-side lookup of the {@code pidx} says whether the
 * payment is {@code Completed} and for how much. Both calls carry {@code Authorization: Key <secret key>}.
 */
public class KhaltiClient {

    private final GatewaySettings.Khalti settings;
    private final GatewayHttp http;
    private final ObjectMapper json = new ObjectMapper();

    public KhaltiClient(GatewaySettings.Khalti settings) {
        this.settings = settings;
        this.http = new GatewayHttp("Khalti", settings.timeout());
    }

    /** Opens a payment; answers Khalti's pidx and payment page, or throws when Khalti refused or did not answer. */
    Started initiate(String purchaseOrderId, String purchaseOrderName, Money amount, String returnUrl,
                     String websiteUrl, String customerName, String customerPhone) {
        ObjectNode body = json.createObjectNode()
                .put("return_url", returnUrl)
                .put("website_url", websiteUrl)
                .put("amount", paisa(amount))
                .put("purchase_order_id", purchaseOrderId)
                .put("purchase_order_name", purchaseOrderName);
        ObjectNode customer = body.putObject("customer_info");
        customer.put("name", customerName);
        customer.put("phone", customerPhone);
        HttpResponse<String> response = http.send(post("/epayment/initiate/", body));
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2 || !answer.hasNonNull("pidx") || !answer.hasNonNull("payment_url")) {
            throw new GatewayRefused("Khalti refused the payment (HTTP " + response.statusCode() + "): "
                    + clip(response.body()));
        }
        return new Started(answer.get("pidx").asText(), answer.get("payment_url").asText());
    }

    /** What Khalti's lookup says of a pidx. Only {@code Completed} is a payment; its amount is Khalti's. */
    GatewayAnswer lookup(String pidx) {
        HttpResponse<String> response;
        try {
            response = http.send(post("/epayment/lookup/", json.createObjectNode().put("pidx", pidx)));
        } catch (GatewayHttp.GatewayUnreachable e) {
            return GatewayAnswer.unknown(e.getMessage());
        }
        JsonNode answer = parse(response.body());
        String status = answer.path("status").asText("");
        if (response.statusCode() / 100 != 2) {
            // Khalti answers an expired or unknown pidx with 400/404 and a status or detail
            if (response.statusCode() / 100 == 4 && !status.isEmpty()) {
                return outcome(status, answer);
            }
            return GatewayAnswer.unknown("HTTP " + response.statusCode() + " from Khalti's lookup");
        }
        if (!pidx.equals(answer.path("pidx").asText())) {
            return GatewayAnswer.unknown("Khalti's lookup answered for another pidx");
        }
        return outcome(status, answer);
    }

    private static GatewayAnswer outcome(String status, JsonNode answer) {
        return switch (status) {
            case "Completed" -> answer.path("total_amount").isIntegralNumber()
                    ? GatewayAnswer.completed(Money.of(BigDecimal.valueOf(answer.get("total_amount").asLong(), 2)),
                    answer.path("transaction_id").asText(null), "Completed")
                    : GatewayAnswer.unknown("Completed without an amount");
            case "Pending", "Initiated" -> GatewayAnswer.pending(status);
            case "Expired", "User canceled", "Refunded", "Partially Refunded" -> GatewayAnswer.failed(status);
            default -> GatewayAnswer.unknown("status '" + status + "' from Khalti's lookup");
        };
    }

    private HttpRequest post(String path, ObjectNode body) {
        return http.request(settings.baseUrl() + path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Key " + settings.secretKey())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    static long paisa(Money amount) {
        return amount.amount().movePointRight(2).longValueExact();
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** A payment Khalti opened: its pidx and the page the buyer pays on. */
    record Started(String pidx, String paymentUrl) {
    }
}
