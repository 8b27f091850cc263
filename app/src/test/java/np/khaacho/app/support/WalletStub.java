package np.khaacho.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Khalti and eSewa on 127.0.0.1, as their merchant documents describe them.
 * <p>
 * Khalti (KPG-2) under {@code /api/v2}: {@code POST /epayment/initiate/} with {@code Authorization: Key
 * <secret>} opens a payment in paisa and answers its {@code pidx} and page; {@code POST /epayment/lookup/}
 * answers its status ({@code Initiated}, {@code Pending}, {@code Completed}, {@code Expired}, {@code User
 * canceled}) and {@code total_amount} in paisa; a wrong key is 401, an unknown pidx 404.
 * <p>
 * eSewa (ePay v2): {@code POST /api/epay/main/v2/form} takes the signed form (a wrong signature is 400)
 * and opens the transaction; {@code GET /api/epay/transaction/status/} answers {@code PENDING},
 * {@code COMPLETE} or {@code NOT_FOUND} with the amount; {@link #esewaSuccessData} makes the base64 JSON
 * of the success redirect, signed with the merchant's key as eSewa signs it.
 * <p>
 * The test plays the buyer and the gateway's back office: it completes a payment (for the amount opened or
 * another), and makes the next lookups answer only after a delay longer than a client waits.
 */
public final class WalletStub {

    public static final String KHALTI_KEY = "test_secret_key_khaacho";
    public static final String ESEWA_PRODUCT = "EPAYTEST";
    public static final String ESEWA_KEY = "8gBm/:&EnhH.1/q";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Payment> khalti = new LinkedHashMap<>();
    private final Map<String, Payment> esewa = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private int slowLeft;
    private Duration slow = Duration.ZERO;

    /** One payment at a gateway: opened for {@code asked} paisa, its status, and what it took when completed. */
    public static final class Payment {
        public final String reference;
        public final String purchaseOrderId;
        public final long asked;
        public volatile String status;
        public volatile long paid;
        public volatile String transactionId;

        Payment(String reference, String purchaseOrderId, long asked, String status) {
            this.reference = reference;
            this.purchaseOrderId = purchaseOrderId;
            this.asked = asked;
            this.status = status;
        }
    }

    private WalletStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "wallet-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static WalletStub start() {
        try {
            return new WalletStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The arguments that point an application at this stub. */
    public List<String> arguments() {
        return List.of("--khaacho.payments.khalti.base-url=" + url() + "/api/v2",
                "--khaacho.payments.khalti.secret-key=" + KHALTI_KEY,
                "--khaacho.payments.esewa.form-url=" + url() + "/api/epay/main/v2/form",
                "--khaacho.payments.esewa.status-url=" + url() + "/api/epay/transaction/status/",
                "--khaacho.payments.esewa.product-code=" + ESEWA_PRODUCT,
                "--khaacho.payments.esewa.secret-key=" + ESEWA_KEY);
    }

    public void stop() {
        server.stop(0);
    }

    public synchronized Payment khalti(String pidx) {
        return khalti.get(pidx);
    }

    public synchronized Payment khaltiByOrder(String purchaseOrderId) {
        return khalti.values().stream().filter(p -> p.purchaseOrderId.equals(purchaseOrderId)).findFirst().orElse(null);
    }

    public synchronized Payment esewa(String transactionUuid) {
        return esewa.get(transactionUuid);
    }

    /** The buyer paid what was asked. */
    public void complete(Payment payment) {
        complete(payment, payment.asked);
    }

    /** The payment completed for {@code paisa} (another amount than asked, if so told). */
    public void complete(Payment payment, long paisa) {
        payment.paid = paisa;
        payment.transactionId = "txn-" + UUID.randomUUID().toString().substring(0, 8);
        payment.status = payment == esewa.get(payment.reference) ? "COMPLETE" : "Completed";
    }

    public void setStatus(Payment payment, String status) {
        payment.status = status;
    }

    /** The next {@code count} lookups or status checks answer only after this long. */
    public synchronized void slowNext(int count, Duration delay) {
        slowLeft = count;
        slow = delay;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The success redirect's data for a transaction, signed with {@code key} (eSewa's is the merchant's). */
    public String esewaSuccessData(Payment payment, String status, String key) {
        ObjectNode data = JSON.createObjectNode()
                .put("transaction_code", payment.transactionId == null ? "000AAAA" : payment.transactionId)
                .put("status", status)
                .put("total_amount", rupees(payment.asked))
                .put("transaction_uuid", payment.reference)
                .put("product_code", ESEWA_PRODUCT)
                .put("signed_field_names", "transaction_code,status,total_amount,transaction_uuid,product_code,signed_field_names");
        StringBuilder message = new StringBuilder();
        for (String name : data.get("signed_field_names").asText().split(",")) {
            message.append(message.isEmpty() ? "" : ",").append(name).append('=').append(data.get(name).asText());
        }
        data.put("signature", sign(key, message.toString()));
        return Base64.getEncoder().encodeToString(data.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            synchronized (this) {
                calls.add(method + " " + path);
            }
            switch (method + " " + path) {
                case "POST /api/v2/epayment/initiate/" -> khaltiInitiate(exchange);
                case "POST /api/v2/epayment/lookup/" -> {
                    pause();
                    khaltiLookup(exchange);
                }
                case "POST /api/epay/main/v2/form" -> esewaForm(exchange);
                case "GET /api/epay/transaction/status/" -> {
                    pause();
                    esewaStatus(exchange);
                }
                default -> answer(exchange, 404, "{\"detail\":\"Not found.\"}");
            }
        }
    }

    private void khaltiInitiate(HttpExchange exchange) throws IOException {
        if (!("Key " + KHALTI_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"detail\":\"Invalid token.\",\"status_code\":401}");
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        long amount = body.path("amount").asLong(0);
        String order = body.path("purchase_order_id").asText("");
        if (amount < 1000 || order.isEmpty() || body.path("return_url").asText("").isEmpty()
                || body.path("website_url").asText("").isEmpty() || body.path("purchase_order_name").asText("").isEmpty()) {
            answer(exchange, 400, "{\"error_key\":\"validation_error\",\"amount\":[\"Amount should be greater than Rs. 10, that is 1000 paisa.\"]}");
            return;
        }
        String pidx = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        synchronized (this) {
            khalti.put(pidx, new Payment(pidx, order, amount, "Initiated"));
        }
        answer(exchange, 200, JSON.createObjectNode().put("pidx", pidx)
                .put("payment_url", url() + "/khalti/pay/?pidx=" + pidx)
                .put("expires_at", "2099-01-01T00:00:00+05:45").put("expires_in", 1800).toString());
    }

    private void khaltiLookup(HttpExchange exchange) throws IOException {
        if (!("Key " + KHALTI_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"detail\":\"Invalid token.\",\"status_code\":401}");
            return;
        }
        String pidx = JSON.readTree(exchange.getRequestBody()).path("pidx").asText("");
        Payment payment = khalti(pidx);
        if (payment == null) {
            answer(exchange, 404, "{\"detail\":\"Not found.\",\"error_key\":\"validation_error\"}");
            return;
        }
        boolean completed = "Completed".equals(payment.status);
        ObjectNode answer = JSON.createObjectNode().put("pidx", pidx)
                .put("total_amount", completed ? payment.paid : payment.asked)
                .put("status", payment.status).put("fee", 0).put("refunded", false);
        answer.put("transaction_id", payment.transactionId);
        answer(exchange, "Expired".equals(payment.status) ? 400 : 200, answer.toString());
    }

    private void esewaForm(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String message = "total_amount=" + form.get("total_amount") + ",transaction_uuid=" + form.get("transaction_uuid")
                + ",product_code=" + form.get("product_code");
        if (!"total_amount,transaction_uuid,product_code".equals(form.get("signed_field_names"))
                || !sign(ESEWA_KEY, message).equals(form.get("signature")) || !ESEWA_PRODUCT.equals(form.get("product_code"))
                || form.get("success_url") == null || form.get("failure_url") == null
                || !form.getOrDefault("total_amount", "x").equals(form.get("amount"))) {
            answer(exchange, 400, "{\"error_message\":\"Invalid payload signature.\"}");
            return;
        }
        String uuid = form.get("transaction_uuid");
        long asked = new BigDecimal(form.get("total_amount")).movePointRight(2).longValueExact();
        synchronized (this) {
            esewa.putIfAbsent(uuid, new Payment(uuid, uuid, asked, "PENDING"));
        }
        answer(exchange, 200, "{\"page\":\"eSewa login\"}");
    }

    private void esewaStatus(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Payment payment = esewa(query.getOrDefault("transaction_uuid", ""));
        ObjectNode answer = JSON.createObjectNode().put("product_code", query.get("product_code"))
                .put("transaction_uuid", query.get("transaction_uuid"));
        if (payment == null || !ESEWA_PRODUCT.equals(query.get("product_code"))
                || new BigDecimal(query.getOrDefault("total_amount", "0")).movePointRight(2).longValue() != payment.asked) {
            answer.put("total_amount", new BigDecimal(query.getOrDefault("total_amount", "0")).doubleValue())
                    .put("status", "NOT_FOUND").putNull("ref_id");
        } else {
            boolean completed = "COMPLETE".equals(payment.status);
            answer.put("total_amount", new BigDecimal(rupees(completed ? payment.paid : payment.asked)).doubleValue())
                    .put("status", payment.status);
            answer.put("ref_id", payment.transactionId);
        }
        answer(exchange, 200, answer.toString());
    }

    private void pause() {
        Duration delay;
        synchronized (this) {
            if (slowLeft <= 0) {
                return;
            }
            slowLeft--;
            delay = slow;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String rupees(long paisa) {
        return BigDecimal.valueOf(paisa, 2).stripTrailingZeros().toPlainString();
    }

    static String sign(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
