package np.khaacho.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import np.khaacho.command.payment.gateway.EsewaClient;
import np.khaacho.command.payment.gateway.GatewaySettings;
import np.khaacho.command.payment.gateway.PaymentCheckout;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo mode's stand-in for Khalti and eSewa, so a payment link can be followed to the end on one
 * machine: it speaks each gateway's merchant API (Khalti's initiate and lookup, eSewa's signed form,
 * success redirect and status check) with the keys made up at start, and shows a page where the buyer
 * pays or cancels. No money moves; the payments live in memory until the demo stops. Never in production.
 */
@RestController
@RequestMapping("/demo-wallet")
@ConditionalOnProperty(name = "khaacho.mode", havingValue = "demo")
class DemoWallet {

    private final PaymentCheckout checkout;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();

    DemoWallet(PaymentCheckout checkout) {
        this.checkout = checkout;
    }

    /** One payment at the stand-in: what was asked (paisa), where to send the buyer back, and its state. */
    private static final class Payment {
        final String reference;
        final long paisa;
        final String returnUrl;
        final String failureUrl;
        volatile String status;
        volatile String transaction;

        Payment(String reference, long paisa, String returnUrl, String failureUrl, String status) {
            this.reference = reference;
            this.paisa = paisa;
            this.returnUrl = returnUrl;
            this.failureUrl = failureUrl;
            this.status = status;
        }
    }

    // ---- Khalti (KPG-2) ----

    @PostMapping(path = "/khalti/api/v2/epayment/initiate/", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> khaltiInitiate(@RequestHeader(name = "Authorization", required = false) String authorization,
                                          @RequestBody String body) throws Exception {
        if (!khaltiKey(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("{\"detail\":\"Invalid token.\"}");
        }
        JsonNode request = json.readTree(body);
        long paisa = request.path("amount").asLong(0);
        if (paisa < 1000 || request.path("return_url").asText("").isEmpty()) {
            return ResponseEntity.badRequest().body("{\"amount\":[\"Amount should be greater than Rs. 10.\"]}");
        }
        String pidx = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        payments.put(pidx, new Payment(pidx, paisa, request.get("return_url").asText(), null, "Initiated"));
        String page = checkout.settings().publicBaseUrl().replaceAll("/+$", "") + "/demo-wallet/khalti/pay?pidx=" + pidx;
        return ResponseEntity.ok(json.createObjectNode().put("pidx", pidx).put("payment_url", page)
                .put("expires_in", 1800).toString());
    }

    @PostMapping(path = "/khalti/api/v2/epayment/lookup/", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> khaltiLookup(@RequestHeader(name = "Authorization", required = false) String authorization,
                                        @RequestBody String body) throws Exception {
        if (!khaltiKey(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("{\"detail\":\"Invalid token.\"}");
        }
        String pidx = json.readTree(body).path("pidx").asText("");
        Payment payment = payments.get(pidx);
        if (payment == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("{\"detail\":\"Not found.\"}");
        }
        ObjectNode answer = json.createObjectNode().put("pidx", pidx).put("total_amount", payment.paisa)
                .put("status", payment.status).put("transaction_id", payment.transaction).put("fee", 0)
                .put("refunded", false);
        return ResponseEntity.ok(answer.toString());
    }

    @GetMapping(path = "/khalti/pay", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> khaltiPage(@RequestParam(name = "pidx", required = false) String pidx) {
        Payment payment = pidx == null ? null : payments.get(pidx);
        if (payment == null || !"Initiated".equals(payment.status)) {
            return page(HttpStatus.NOT_FOUND, "Khalti (demo)", "<p>This payment is not open.</p>");
        }
        return page(HttpStatus.OK, "Khalti (demo)", payForm("/demo-wallet/khalti/pay", "pidx", pidx, payment.paisa));
    }

    @PostMapping(path = "/khalti/pay")
    ResponseEntity<String> khaltiPay(@RequestParam(name = "pidx", required = false) String pidx,
                                     @RequestParam(name = "action", required = false) String action) {
        Payment payment = pidx == null ? null : payments.get(pidx);
        if (payment == null || !"Initiated".equals(payment.status)) {
            return page(HttpStatus.NOT_FOUND, "Khalti (demo)", "<p>This payment is not open.</p>");
        }
        boolean paid = "pay".equals(action);
        payment.transaction = paid ? "demo-" + UUID.randomUUID().toString().substring(0, 8) : null;
        payment.status = paid ? "Completed" : "User canceled";
        URI back = UriComponentsBuilder.fromUriString(payment.returnUrl).queryParam("pidx", pidx)
                .queryParam("status", payment.status).queryParam("total_amount", payment.paisa)
                .queryParam("transaction_id", payment.transaction == null ? "" : payment.transaction)
                .encode().build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
    }

    // ---- eSewa (ePay v2) ----

    @PostMapping(path = "/esewa/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> esewaForm(@RequestParam Map<String, String> form) {
        GatewaySettings.Esewa settings = checkout.settings().esewa();
        String message = "total_amount=" + form.get("total_amount") + ",transaction_uuid=" + form.get("transaction_uuid")
                + ",product_code=" + form.get("product_code");
        if (!settings.productCode().equals(form.get("product_code")) || form.get("signature") == null
                || !MessageDigest.isEqual(sign(settings.secretKey(), message).getBytes(StandardCharsets.US_ASCII),
                form.get("signature").getBytes(StandardCharsets.US_ASCII))) {
            return page(HttpStatus.BAD_REQUEST, "eSewa (demo)", "<p>Invalid payload signature.</p>");
        }
        String uuid = form.get("transaction_uuid");
        long paisa = new BigDecimal(form.get("total_amount")).movePointRight(2).longValueExact();
        payments.putIfAbsent(uuid, new Payment(uuid, paisa, form.get("success_url"), form.get("failure_url"), "PENDING"));
        return page(HttpStatus.OK, "eSewa (demo)", payForm("/demo-wallet/esewa/pay", "transaction_uuid", uuid, paisa));
    }

    @PostMapping(path = "/esewa/pay")
    ResponseEntity<String> esewaPay(@RequestParam(name = "transaction_uuid", required = false) String uuid,
                                    @RequestParam(name = "action", required = false) String action) {
        Payment payment = uuid == null ? null : payments.get(uuid);
        if (payment == null || !"PENDING".equals(payment.status)) {
            return page(HttpStatus.NOT_FOUND, "eSewa (demo)", "<p>This payment is not open.</p>");
        }
        if (!"pay".equals(action)) {
            payment.status = "CANCELED";
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(payment.failureUrl)).build();
        }
        payment.transaction = "DEMO" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        payment.status = "COMPLETE";
        GatewaySettings.Esewa settings = checkout.settings().esewa();
        ObjectNode data = json.createObjectNode().put("transaction_code", payment.transaction).put("status", "COMPLETE")
                .put("total_amount", rupees(payment.paisa)).put("transaction_uuid", uuid)
                .put("product_code", settings.productCode())
                .put("signed_field_names", "transaction_code,status,total_amount,transaction_uuid,product_code,signed_field_names");
        StringBuilder message = new StringBuilder();
        for (String name : data.get("signed_field_names").asText().split(",")) {
            message.append(message.isEmpty() ? "" : ",").append(name).append('=').append(data.get(name).asText());
        }
        data.put("signature", sign(settings.secretKey(), message.toString()));
        URI back = UriComponentsBuilder.fromUriString(payment.returnUrl)
                .queryParam("data", Base64.getEncoder().encodeToString(data.toString().getBytes(StandardCharsets.UTF_8)))
                .encode().build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
    }

    @GetMapping(path = "/esewa/status", produces = MediaType.APPLICATION_JSON_VALUE)
    String esewaStatus(@RequestParam(name = "product_code", required = false) String productCode,
                       @RequestParam(name = "total_amount", required = false) String totalAmount,
                       @RequestParam(name = "transaction_uuid", required = false) String uuid) {
        Payment payment = uuid == null ? null : payments.get(uuid);
        boolean known = payment != null && checkout.settings().esewa().productCode().equals(productCode)
                && totalAmount != null && new BigDecimal(totalAmount).movePointRight(2).longValue() == payment.paisa;
        ObjectNode answer = json.createObjectNode().put("product_code", productCode).put("transaction_uuid", uuid)
                .put("total_amount", totalAmount).put("status", known ? payment.status : "NOT_FOUND");
        answer.put("ref_id", known ? payment.transaction : null);
        return answer.toString();
    }

    // ---- helpers ----

    private boolean khaltiKey(String authorization) {
        return ("Key " + checkout.settings().khalti().secretKey()).equals(authorization);
    }

    private static String payForm(String action, String name, String value, long paisa) {
        String id = HtmlUtils.htmlEscape(value);
        return "<p>Pay <strong id=\"wallet-amount\">NPR " + rupees(paisa) + "</strong> to Khaacho.</p>"
                + "<p class=\"muted\">A stand-in for the demo: no money moves.</p>"
                + "<form method=\"post\" action=\"" + action + "\" class=\"inline-form\">"
                + "<input type=\"hidden\" name=\"" + name + "\" value=\"" + id + "\">"
                + "<button type=\"submit\" name=\"action\" value=\"pay\" id=\"wallet-pay\">Pay</button> "
                + "<button type=\"submit\" name=\"action\" value=\"cancel\" class=\"secondary\" id=\"wallet-cancel\">Cancel</button>"
                + "</form>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main class=\"page\">"
                + "<section class=\"card\" id=\"demo-wallet\"><h1>" + title + "</h1>" + body + "</section></main></body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }

    private static String rupees(long paisa) {
        return BigDecimal.valueOf(paisa, 2).stripTrailingZeros().toPlainString();
    }

    private static String sign(String key, String message) {
        return EsewaClient.signature(key, message);
    }
}
