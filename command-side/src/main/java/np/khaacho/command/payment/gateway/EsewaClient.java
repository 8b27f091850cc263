package np.khaacho.command.payment.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.kernel.common.Money;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * eSewa's ePay v2 (developer.esewa.com.np/pages/Epay-V2): the buyer's browser posts a form signed with
 * HMAC-SHA256 over {@code total_amount,transaction_uuid,product_code} (base64); eSewa sends the buyer
 * back to the success URL with {@code data}, a base64 JSON whose signature covers the fields its
 * {@code signed_field_names} lists. That redirect is only a hint: the status-check API is the one proof
 * of a payment, and its amount is eSewa's.
 */
public class EsewaClient {

    static final String SIGNED_FIELDS = "total_amount,transaction_uuid,product_code";

    private final GatewaySettings.Esewa settings;
    private final GatewayHttp http;
    private final ObjectMapper json = new ObjectMapper();

    public EsewaClient(GatewaySettings.Esewa settings) {
        this.settings = settings;
        this.http = new GatewayHttp("eSewa", settings.timeout());
    }

    /** The form the buyer's browser posts to eSewa, in its order, signed. */
    Map<String, String> form(String transactionUuid, Money amount, String successUrl, String failureUrl) {
        String total = amount(amount);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amount", total);
        fields.put("tax_amount", "0");
        fields.put("total_amount", total);
        fields.put("transaction_uuid", transactionUuid);
        fields.put("product_code", settings.productCode());
        fields.put("product_service_charge", "0");
        fields.put("product_delivery_charge", "0");
        fields.put("success_url", successUrl);
        fields.put("failure_url", failureUrl);
        fields.put("signed_field_names", SIGNED_FIELDS);
        fields.put("signature", sign("total_amount=" + total + ",transaction_uuid=" + transactionUuid
                + ",product_code=" + settings.productCode()));
        return fields;
    }

    String formUrl() {
        return settings.formUrl();
    }

    /**
     * The transaction the success redirect names, once its signature checks out with this merchant's key
     * and its product code is this merchant's; otherwise a {@link ForgedCallback}.
     */
    Callback callback(String data) {
        JsonNode payload;
        try {
            payload = json.readTree(Base64.getDecoder().decode(data == null ? "" : data.strip()));
        } catch (IllegalArgumentException | IOException e) {
            throw new ForgedCallback("the data is not base64 JSON");
        }
        String names = payload.path("signed_field_names").asText("");
        String signature = payload.path("signature").asText("");
        if (names.isEmpty() || signature.isEmpty() || !names.contains("transaction_uuid")
                || !names.contains("total_amount") || !names.contains("status")) {
            throw new ForgedCallback("the data signs too little");
        }
        StringBuilder message = new StringBuilder();
        for (String name : names.split(",")) {
            if (!payload.has(name)) {
                throw new ForgedCallback("a signed field is missing: " + name);
            }
            message.append(message.isEmpty() ? "" : ",").append(name).append('=').append(payload.get(name).asText());
        }
        if (!MessageDigest.isEqual(sign(message.toString()).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForgedCallback("the signature does not match");
        }
        if (!settings.productCode().equals(payload.path("product_code").asText())) {
            throw new ForgedCallback("the product code is another merchant's");
        }
        return new Callback(payload.path("transaction_uuid").asText(), payload.path("status").asText(),
                payload.path("transaction_code").asText(null));
    }

    /** What eSewa's status check says of a transaction asked for {@code asked}. */
    GatewayAnswer status(String transactionUuid, Money asked) {
        String url = settings.statusUrl() + (settings.statusUrl().contains("?") ? "&" : "?")
                + "product_code=" + encode(settings.productCode()) + "&total_amount=" + encode(amount(asked))
                + "&transaction_uuid=" + encode(transactionUuid);
        HttpResponse<String> response;
        try {
            response = http.send(http.request(url).GET().build());
        } catch (GatewayHttp.GatewayUnreachable e) {
            return GatewayAnswer.unknown(e.getMessage());
        }
        if (response.statusCode() / 100 != 2) {
            return GatewayAnswer.unknown("HTTP " + response.statusCode() + " from eSewa's status check");
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            return GatewayAnswer.unknown("eSewa's status check answered no JSON");
        }
        if (!transactionUuid.equals(answer.path("transaction_uuid").asText())) {
            return GatewayAnswer.unknown("eSewa's status check answered for another transaction");
        }
        String status = answer.path("status").asText("");
        return switch (status) {
            case "COMPLETE" -> {
                BigDecimal total = total(answer.path("total_amount"));
                yield total == null ? GatewayAnswer.unknown("COMPLETE without an amount")
                        : GatewayAnswer.completed(Money.of(total), answer.path("ref_id").asText(null), status);
            }
            case "PENDING", "AMBIGUOUS", "NOT_FOUND" -> GatewayAnswer.pending(status);
            case "CANCELED", "FULL_REFUND", "PARTIAL_REFUND" -> GatewayAnswer.failed(status);
            default -> GatewayAnswer.unknown("status '" + status + "' from eSewa's status check");
        };
    }

    String sign(String message) {
        return signature(settings.secretKey(), message);
    }

    /** eSewa's signature: HMAC-SHA256 of the message with the merchant's secret key, base64. */
    public static String signature(String secretKey, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Rupees as eSewa's form takes them: 1500, or 1500.5 with paisa. */
    static String amount(Money amount) {
        BigDecimal plain = amount.amount().stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static BigDecimal total(JsonNode node) {
        try {
            return node.isNumber() ? node.decimalValue() : node.isTextual() ? new BigDecimal(node.asText().replace(",", "")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The transaction a success redirect names, with the status it claims (a hint, not a proof). */
    record Callback(String transactionUuid, String status, String transactionCode) {
    }

    /** A success redirect whose data is not what this merchant's eSewa signs. */
    static final class ForgedCallback extends RuntimeException {
        ForgedCallback(String message) {
            super(message);
        }
    }
}
