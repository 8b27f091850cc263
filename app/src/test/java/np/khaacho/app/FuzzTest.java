package np.khaacho.app;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed, oversized, wrongly typed, wrongly encoded and hostile requests to every
 * endpoint the application maps: each answer is a 4xx with the error body, never a 5xx, never a
 * success for something invalid, and afterwards the event store and the tables are as they were.
 * The inputs come from a seeded random source; the seed is printed, and {@code -Dfuzz.seed=…}
 * replays a run, and {@code -Dfuzz.requests=…} (70 per endpoint by default) digs deeper.
 */
class FuzzTest extends IntegrationTest {

    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("fuzz.requests", 70);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String HUNDRED_KB = "x".repeat(100 * 1024);

    /** The tables whose content must not move: counts and checksums before and after. */
    private static final List<String> WATCHED_TABLES = List.of(
            "read_model.orders", "read_model.order_lines", "read_model.buyer_credit", "read_model.catalog_products",
            "read_model.catalog_stock", "read_model.users",
            "write_model.products", "write_model.users", "write_model.order_index", "write_model.idempotency_keys",
            "write_model.drafts", "write_model.buyer_payments", "write_model.receivables",
            "messaging.outbox", "messaging.contacts",
            "whatsapp.inbound_messages", "whatsapp.leads",
            "parsing.ai_processing_logs",
            "auth.otp_codes", "auth.refresh_tokens",
            "axon.dead_letter_entry");

    private static final List<String> HOSTILE_STRINGS = List.of(
            "' OR 1=1 --", "'; DROP TABLE read_model.orders; --", "1; DELETE FROM write_model.products",
            "\" OR \"\"=\"", "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f",
            "order-00000000-0000-0000-0000-000000000000", "product-00000000-0000-0000-0000-000000000000",
            "user-00000000-0000-0000-0000-000000000000", "nope", "-1", "0", "99999999999999999999", "1e308", "NaN",
            "null", "undefined", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%", "%s%s%s%n",
            "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\r\nX-Injected: 1", "\u202e\u200b", "\uD83D\uDE00",
            "नेपाल", "\uFFFF", "a".repeat(5000), " ", "", "true", "[]", "{}");

    private static final List<String> BAD_NUMBERS = List.of(
            "1e308", "-1e308", "99999999999999999999", "-99999999999999999999", "-1", "0", "-0.001", "0.0000",
            "1.0000000001", "3.14159265358979323846", "1e-400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
            "\"abc\"", "\"\"", "\"1,5\"", "[]", "{}", "true", "null", "[1]", "{\"value\":1}",
            "123456789012345678901234567890.123", "\"' OR 1=1 --\"");

    private static final List<String> MALFORMED_JSON = List.of(
            "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "{} trailing", "nul", "tru",
            "{\"a\":\"unterminated}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}", "\u0000",
            "{\"a\":\"\\uZZZZ\"}", "// comment\n{}", "{\"a\":NaN}", "<?xml version=\"1.0\"?><a/>", "a=1&b=2");

    private static final List<String> WRONG_SHAPES = List.of(
            "[]", "[1,2,3]", "\"text\"", "123", "-1", "1e308", "null", "true", "{}", "[{}]", "[[]]",
            "{\"items\":{}}", "{\"items\":\"RICE\"}", "{\"items\":[1,2]}", "{\"items\":[[]]}", "{\"items\":[null]}",
            "{\"phone\":{}}", "{\"phone\":[]}", "{\"text\":{}}", "{\"text\":[1]}", "{\"status\":{}}",
            "{\"status\":[\"CONFIRMED\"]}", "{\"amount\":{},\"method\":[]}", "{\"refreshToken\":{}}",
            "{\"sku\":[],\"name\":{},\"unit\":1,\"price\":\"free\"}", "{\"type\":{},\"quantity\":[]}",
            "{\"creditLimit\":[],\"paymentTerms\":{}}", "{\"otp\":[],\"phone\":{}}");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    private Random random;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int sent;
    private int tolerated;
    private int failed;

    @AfterEach
    void forgetLoginAttempts() {
        // the login refusals counted against 127.0.0.1 must not slow down the tests that log in after this one,
        // nor the parsing calls counted against the demo users the tests that parse after this one
        jdbc.update("DELETE FROM auth.rate_limits");
        jdbc.update("DELETE FROM auth.user_rate_limits");
    }

    @Test
    void everyEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);

        // Someone else's order, product and account, to act on as the wrong party.
        var placed = as(BUYER_KTM_PHONE).post("/v1/orders",
                Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        String productId = jdbc.queryForObject("SELECT id FROM write_model.products WHERE sku = 'RICE-JEERA-25KG'",
                String.class);
        String buyerId = userId(BUYER_KTM_PHONE);
        Map<String, String> foreignIds = Map.of("order", orderId, "product", productId, "buyer", buyerId);

        Map<String, Caller> callers = callers();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);

        long eventsBefore = eventCount();
        Map<String, String> tablesBefore = tablesAtRest();
        Instant start = Instant.now();

        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                fuzz(endpoint, callers, foreignIds, i);
            }
        }
        webhooks(callers.get("anonymous"));
        Duration took = Duration.between(start, Instant.now());

        long eventsAfter = eventCount();
        Map<String, String> tablesAfter = tablesAtRest();
        System.out.printf("FuzzTest: %d endpoints, %d requests in %d ms, %d tolerated successes of reads, statuses %s%n",
                endpoints.size(), sent, took.toMillis(), tolerated, statuses);
        assertThat(failures).as(failed + " answers break the rules (seed " + seed + ")").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(3000);
        assertThat(eventsAfter).as("events (seed " + seed + ")").isEqualTo(eventsBefore);
        assertThat(tablesAfter).as("tables (seed " + seed + ")").isEqualTo(tablesBefore);
    }

    /** What the fuzz found once: refusals made before any controller runs still carry the error body. */
    @Test
    void refusalsBeforeAnyControllerAnswerWithTheErrorBody() {
        random = new Random(1);
        Map<String, String> admin = new LinkedHashMap<>(authorization(ADMIN_PHONE));
        admin.put("Accept", "application/json");
        // Tomcat refuses these paths itself (encoded slash, backslash, NUL, bytes that are not UTF-8)
        for (String path : List.of("/v1/orders/a%2Fb", "/v1/orders/a%5Cb", "/v1/orders/a%00b", "/v1/orders/%FF%FE",
                "/v1/products/..%2F..%2Fetc%2Fpasswd")) {
            expectErrorBody(send("GET", path, admin, null), 400);
        }
        // headers beyond what Tomcat takes
        Map<String, String> huge = new LinkedHashMap<>(admin);
        huge.put("X-Padding", "p".repeat(20_000));
        expectErrorBody(send("GET", "/v1/orders", huge, null), 400);
        // a form body that is not URL-encoded properly, on a method whose form body nobody reads
        Map<String, String> form = new LinkedHashMap<>(admin);
        form.put("Content-Type", "application/x-www-form-urlencoded");
        expectErrorBody(send("DELETE", "/v1/orders", form, "a=%ZZ&b=%".getBytes(StandardCharsets.UTF_8)), 405);
        expectErrorBody(send("PUT", "/v1/orders/nope/status", form, "status=%ZZ".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(failures).isEmpty();
    }

    /**
     * What the fuzz found once (a 500 for {@code to=-999999999-01-01}), for every read with parameters:
     * each parameter alone at the edges of time, as every staff and party role, is a 2xx or a 4xx.
     */
    @Test
    void datesAtTheEdgesOfTimeAreRefusedWithAClientError() throws Exception {
        random = new Random(2);
        Map<String, Caller> callers = callers();
        List<String> edges = List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1999-12-31",
                "-290000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z");
        int asked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method.equals("GET") || endpoint.stream || endpoint.params.isEmpty()) {
                continue;
            }
            String path = fillPath(endpoint.pattern, null);
            if (path == null) {
                continue;
            }
            for (String param : endpoint.params) {
                for (String edge : edges) {
                    for (String role : List.of("admin", "auditor", "buyer-owner", "vendor-owner")) {
                        Map<String, String> headers = new LinkedHashMap<>(callers.get(role).headers);
                        headers.put("Accept", "application/json");
                        String asking = path + "?" + encode(param) + "=" + encode(edge);
                        judge(endpoint, "GET " + asking + " as " + role, send("GET", asking, headers, null), true);
                        asked++;
                    }
                }
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    private void expectErrorBody(Answer answer, int status) {
        assertThat(answer).isNotNull();
        assertThat(answer.status).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType).as(answer.toString()).startsWith("application/json");
        JsonNode body;
        try {
            body = json.readTree(answer.body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer, e);
        }
        assertThat(body.path("success").asBoolean(true)).as(answer.toString()).isFalse();
        assertThat(body.path("error").path("code").asText()).as(answer.toString()).isNotBlank();
        assertThat(body.path("error").path("message").asText()).as(answer.toString()).isNotBlank();
    }

    // ----------------------------------------------------------------- endpoints

    /** One mapped method and path pattern, with the names of its query parameters. */
    private record Endpoint(String method, String pattern, List<String> params, boolean stream) {

        String key() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> params = new ArrayList<>();
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                            : parameter.getParameterName();
                    if (name != null) {
                        params.add(name);
                    }
                }
            }
            boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(type -> type.toString().startsWith("text/event-stream"));
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/v1/")) {
                    continue;
                }
                // a mapping without methods answers any: the usual ones will do
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    found.add(new Endpoint(method.name(), pattern, params, stream));
                }
            }
        }
        // Methods nobody mapped, on mapped paths and on none: refused, never a failure.
        found.add(new Endpoint("PATCH", "/v1/orders/{id}", List.of(), false));
        found.add(new Endpoint("DELETE", "/v1/orders", List.of(), false));
        found.add(new Endpoint("GET", "/v1/{anything}", List.of(), false));
        found.sort((a, b) -> a.key().compareTo(b.key()));
        return found;
    }

    // ----------------------------------------------------------------- one request

    private void fuzz(Endpoint endpoint, Map<String, Caller> callers, Map<String, String> foreignIds, int round) {
        // the real users twice as often: their requests get past authentication into validation
        List<String> names = new ArrayList<>(callers.keySet());
        callers.keySet().stream().filter(name -> name.startsWith("buyer") || name.startsWith("vendor")
                || name.equals("admin") || name.equals("auditor")).forEach(names::add);
        String callerName = names.get(round % names.size());
        Caller caller = callers.get(callerName);
        boolean foreign = round % 5 == 4 && caller.mayUseForeignIds && endpoint.pattern.contains("{");
        String path = fillPath(endpoint.pattern, foreign ? foreignIds : null);
        if (path == null) {
            return;
        }
        if (!endpoint.params.isEmpty() && (random.nextInt(3) > 0 || endpoint.method.equals("GET"))) {
            path = path + "?" + query(endpoint.params);
        }
        if (endpoint.stream && isOwnStream(endpoint, callerName, foreign)) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>(caller.headers);
        headers.put("Accept", endpoint.stream && random.nextBoolean() ? "text/event-stream"
                : pick(List.of("application/json", "application/json", "*/*", "text/csv", "application/xml")));
        Body body = body(endpoint);
        if (body != null && body.contentType != null) {
            headers.put("Content-Type", body.contentType);
        }
        if (random.nextInt(10) == 0) {
            headers.put("Idempotency-Key", pick(HOSTILE_STRINGS).replaceAll("[\\r\\n\\u0000-\\u001f\\u007f]", "?"));
        }
        String method = endpoint.method;
        Answer answer = send(method, path, headers, body == null ? null : body.bytes);
        judge(endpoint, method + " " + shorten(path) + " as " + callerName + " with " + (body == null ? "no body"
                : body.description), answer, endpoint.method.equals("GET"));
    }

    /** A vendor's own inbox stream (or an order stream of one's own order) is a fine, endless answer. */
    private static boolean isOwnStream(Endpoint endpoint, String caller, boolean foreign) {
        return endpoint.pattern.equals("/v1/vendors/me/inbox/stream") && caller.startsWith("vendor");
    }

    private void judge(Endpoint endpoint, String what, Answer answer, boolean readOnly) {
        sent++;
        if (answer == null) {
            return;
        }
        statuses.merge(String.valueOf(answer.status), 1, Integer::sum);
        if (answer.status >= 500 || answer.status < 200 || (answer.status >= 300 && answer.status < 400)) {
            fail(what, answer, "status " + answer.status);
            return;
        }
        if (answer.status < 300) {
            if (readOnly) {
                tolerated++;
            } else {
                fail(what, answer, "a success for invalid input");
            }
            return;
        }
        if (!answer.contentType.startsWith("application/json")) {
            fail(what, answer, "content type " + answer.contentType);
            return;
        }
        try {
            JsonNode body = json.readTree(answer.body);
            boolean shaped = body != null && body.path("success").isBoolean() && !body.path("success").asBoolean()
                    && body.path("error").path("code").isTextual() && !body.path("error").path("code").asText().isBlank()
                    && body.path("error").path("message").isTextual();
            if (!shaped) {
                fail(what, answer, "not the error body");
            }
        } catch (Exception e) {
            fail(what, answer, "not JSON");
        }
    }

    private void fail(String what, Answer answer, String why) {
        failed++;
        if (failures.size() < 60) {
            failures.add(why + ": " + what + " -> " + answer.status + " " + shorten(answer.body));
        }
    }

    // ----------------------------------------------------------------- paths and queries

    private String fillPath(String pattern, Map<String, String> foreignIds) {
        Matcher m = PATH_VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            if (foreignIds != null) {
                value = pattern.startsWith("/v1/orders") || pattern.startsWith("/v1/audit") ? foreignIds.get("order")
                        : pattern.startsWith("/v1/products") ? foreignIds.get("product")
                        : pattern.startsWith("/v1/buyers") ? foreignIds.get("buyer") : encode(pick(HOSTILE_STRINGS));
            } else {
                value = switch (random.nextInt(6)) {
                    // already encoded or raw on purpose: traversal, encoded slashes, NUL, bad escapes
                    case 0 -> pick(List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a%00b",
                            "..;", "%252e%252e%252f", "a%5Cb", "x%0d%0aSet-Cookie:%20a=b", "%C0%AE%C0%AE%2F", "%FF%FE",
                            "..", ".", "a;jsessionid=1", "a%3Bb"));
                    default -> encode(pick(HOSTILE_STRINGS));
                };
                if (value.isEmpty()) {
                    value = "%20";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String query(List<String> params) {
        StringBuilder query = new StringBuilder();
        for (String name : params) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            String value = switch (random.nextInt(4)) {
                case 0 -> pick(BAD_NUMBERS).replace("\"", "");
                case 1 -> pick(List.of("2026-13-45", "yesterday", "2026-01-01T25:61:00Z", "9999999999-01-01",
                        "-999999999-01-01", "P-1D", "2026-01-01", "1970-01-01T00:00:00Z"));
                default -> pick(HOSTILE_STRINGS);
            };
            query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
            if (random.nextInt(8) == 0) {
                query.append('&').append(encode(name)).append('=').append(encode(pick(HOSTILE_STRINGS)));
            }
        }
        if (random.nextInt(6) == 0) {
            query.append(query.isEmpty() ? "" : "&").append("unknown=%27%20OR%201%3D1");
        }
        return query.toString();
    }

    // ----------------------------------------------------------------- bodies

    private record Body(String contentType, byte[] bytes, String description) {
    }

    private Body body(Endpoint endpoint) {
        if (endpoint.method.equals("GET") && random.nextInt(4) > 0) {
            return null;
        }
        if (endpoint.pattern.equals("/v1/ai/parse-image") && random.nextBoolean()) {
            return multipart();
        }
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> jsonBody(template(endpoint), "invalid " + endpoint.key() + " body");
            case 4 -> jsonBody(pick(MALFORMED_JSON), "malformed JSON");
            case 5 -> jsonBody(pick(WRONG_SHAPES), "JSON of the wrong shape");
            case 6 -> jsonBody(deepNesting(), "deeply nested JSON");
            case 7 -> invalidUtf8();
            case 8 -> wrongContentType(template(endpoint));
            default -> random.nextBoolean() ? new Body(null, new byte[0], "an empty body without type")
                    : jsonBody("", "an empty JSON body");
        };
    }

    private static Body jsonBody(String text, String description) {
        return new Body("application/json", text.getBytes(StandardCharsets.UTF_8), description + ": " + shorten(text));
    }

    /** A body in the endpoint's own shape that is invalid in at least one field. */
    private String template(Endpoint endpoint) {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        return switch (endpoint.key()) {
            case "POST /v1/orders" -> random.nextBoolean()
                    ? "{\"items\":[{\"sku\":\"RICE-JEERA-25KG\",\"quantity\":" + pick(BAD_NUMBERS) + "}]"
                            + optional(",\"notes\":", ",\"deliveryAddress\":") + "}"
                    : "{\"items\":[{\"sku\":" + str(hostileSku()) + ",\"quantity\":1}]}";
            case "PUT /v1/orders/{id}/status" -> "{\"status\":" + str(pick(List.of("CONFIRMED", "REJECTED",
                    "DISPATCHED", "DELIVERED", "CANCELLED", "PAID", "DRAFTED", pick(HOSTILE_STRINGS))))
                    + ",\"deliveryDate\":" + str(pick(List.of(tomorrow, "2000-01-01", "not-a-date", "2026-02-30",
                    pick(HOSTILE_STRINGS)))) + ",\"reason\":" + str(pick(HOSTILE_STRINGS))
                    + (random.nextBoolean() ? ",\"items\":[{\"sku\":" + str(hostileSku()) + ",\"quantity\":"
                    + pick(BAD_NUMBERS) + "}]" : "") + "}";
            case "POST /v1/orders/{id}/payments", "POST /v1/buyers/{id}/payments" -> "{\"amount\":"
                    + (random.nextBoolean() ? pick(BAD_NUMBERS) : "100") + ",\"method\":"
                    + str(pick(List.of("CASH", "BANK_TRANSFER", pick(HOSTILE_STRINGS)))) + "}";
            case "PUT /v1/buyers/{id}/credit" -> "{\"creditLimit\":" + pick(BAD_NUMBERS) + ",\"paymentTerms\":"
                    + str(pick(List.of("NET30", "COD", pick(HOSTILE_STRINGS)))) + "}";
            case "POST /v1/products", "PUT /v1/products/{id}" -> product();
            case "POST /v1/products/{id}/stock" -> "{\"type\":" + str(pick(List.of("RECEIVE", "ADJUST",
                    pick(HOSTILE_STRINGS)))) + ",\"quantity\":" + pick(BAD_NUMBERS) + ",\"reason\":"
                    + str(pick(HOSTILE_STRINGS)) + "}";
            case "POST /v1/ai/parse-text" -> "{\"text\":" + pick(List.of("\"\"", "\"   \"", str(HUNDRED_KB), "[]",
                    "{}", "null", "[\"1 kg rice\"]")) + "}";
            case "POST /v1/auth/login" -> "{\"phone\":" + hostileValue() + "}";
            case "POST /v1/auth/verify-otp" -> "{\"phone\":" + hostileValue() + ",\"otp\":" + hostileValue() + "}";
            case "POST /v1/auth/refresh" -> "{\"refreshToken\":" + hostileValue() + "}";
            // Revoking answers the same for any token, known or not (it never tells which tokens exist): only
            // a missing, blank or non-text token is invalid.
            case "POST /v1/auth/logout" -> "{\"refreshToken\":" + pick(List.of("null", "\"\"", "\"   \"", "{}",
                    "[]", "[\"a\"]")) + "}";
            case "POST /v1/simulator/messages" -> pick(List.of("{}", "{\"phone\":[],\"text\":\"hi\"}",
                    "{\"phone\":{},\"text\":{}}", "{\"phone\":\"" + BUYER_KTM_PHONE + "\",\"text\":\"\"}",
                    "{\"phone\":\"" + BUYER_KTM_PHONE + "\",\"text\":\"   \"}",
                    "{\"phone\":\"" + BUYER_KTM_PHONE + "\",\"text\":" + str(HUNDRED_KB) + "}",
                    "{\"phone\":\"" + BUYER_KTM_PHONE + "\",\"text\":[\"1 kg rice\"]}"));
            default -> "{\"" + pick(List.of("id", "name", "value", "status")) + "\":" + hostileValue() + "}";
        };
    }

    private String product() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sku", str("FUZZ-" + random.nextInt(1_000_000)));
        fields.put("name", str("Fuzz"));
        fields.put("unit", str("kg"));
        fields.put("price", "10");
        // at least one field is surely wrong
        int wrong = 1 + random.nextInt(3);
        for (int i = 0; i < wrong; i++) {
            switch (random.nextInt(9)) {
                case 0 -> fields.put("sku", str(hostileSku()));
                case 1 -> fields.put("name", pick(List.of("\"\"", "\"  \"", str(HUNDRED_KB), "{}", "[]", "null")));
                case 2 -> fields.put("unit", pick(List.of("\"\"", str(HUNDRED_KB), "{}", "null")));
                case 3 -> fields.put("price", pick(BAD_NUMBERS));
                case 4 -> fields.put("minOrderQuantity", pick(List.of("0", "-1", "1.0001", "1e308", "\"x\"", "{}")));
                case 5 -> fields.put("initialStock", pick(List.of("-1", "1.00001", "1e308", "\"x\"", "[]")));
                case 6 -> fields.put("aliases", pick(List.of("\"rice\"", "[\"\"]", "[{}]", "{}",
                        "[" + String.join(",", java.util.Collections.nCopies(51, "\"a\"")) + "]")));
                case 7 -> fields.put("vendorId", str("v".repeat(65 + random.nextInt(1000))));
                default -> fields.put("nameNe", str(HUNDRED_KB));
            }
        }
        if (fields.get("price").equals("10") && fields.get("sku").startsWith("\"FUZZ-") && fields.size() == 4
                && fields.get("name").equals("\"Fuzz\"") && fields.get("unit").equals("\"kg\"")) {
            fields.put("price", "-1");
        }
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(str(k)).append(':').append(v));
        return out.append('}').toString();
    }

    /** SKUs no product has and no new product may take. */
    private String hostileSku() {
        return pick(List.of("' OR 1=1 --", "'; DROP TABLE write_model.products; --", "../../etc/passwd", "-1",
                "<b>", "a b", "RICE-JEERA-25KG'--", "\u0000", "a\u0000b", "नेपाल", "", "   ", "x".repeat(65), HUNDRED_KB,
                "%2F", "\uD83D\uDE00"));
    }

    private String hostileValue() {
        return random.nextInt(3) == 0 ? pick(List.of("{}", "[]", "123", "-1", "1e308", "true", "null", "[\"a\"]"))
                : str(random.nextInt(10) == 0 ? HUNDRED_KB : pick(HOSTILE_STRINGS));
    }

    private String optional(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            if (random.nextBoolean()) {
                out.append(field).append(str(random.nextBoolean() ? HUNDRED_KB : pick(HOSTILE_STRINGS)));
            }
        }
        return out.toString();
    }

    private String deepNesting() {
        int depth = 1000 + random.nextInt(9000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private Body invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"items\":[{\"sku\":\"".getBytes(StandardCharsets.US_ASCII));
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}};
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.writeBytes("\",\"quantity\":1}],\"phone\":\"".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bad[random.nextInt(bad.length)]);
        // the text is read by every parser (a surrogate or an overlong form could pass as some character)
        byte[][] surelyBad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0x80}, {(byte) 0xF8, 0x41}};
        out.writeBytes("\",\"text\":\"x".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(surelyBad[random.nextInt(surelyBad.length)]);
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        String type = pick(List.of("application/json", "application/json; charset=UTF-8",
                "application/json; charset=no-such-charset", "application/json; charset=UTF-16"));
        return new Body(type, out.toByteArray(), "invalid UTF-8 as " + type);
    }

    private Body wrongContentType(String template) {
        return switch (random.nextInt(6)) {
            case 0 -> new Body("text/plain", template.getBytes(StandardCharsets.UTF_8), "JSON as text/plain");
            case 1 -> new Body("application/xml", "<order><items><sku>RICE</sku></items></order>"
                    .getBytes(StandardCharsets.UTF_8), "XML");
            case 2 -> new Body("multipart/form-data; boundary=xyz", "--xyz\r\ngarbage\r\n--".getBytes(StandardCharsets.UTF_8),
                    "multipart garbage");
            case 3 -> new Body("multipart/form-data", "no boundary at all".getBytes(StandardCharsets.UTF_8),
                    "multipart without boundary");
            case 4 -> new Body("application/x-www-form-urlencoded", "items=1&phone=%27&text=%ZZ"
                    .getBytes(StandardCharsets.UTF_8), "a form");
            default -> new Body(pick(List.of("application/octet-stream", "image/png", "invalid/type/x", ";;;",
                    "application/json; boundary=\"")), template.getBytes(StandardCharsets.UTF_8), "odd content type");
        };
    }

    private Body multipart() {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        byte[] garbage = new byte[random.nextInt(4096)];
        random.nextBytes(garbage);
        String type = pick(List.of("image/png", "image/jpeg", "text/plain", "application/x-msdownload"));
        String field = random.nextInt(4) == 0 ? "wrong" : "file";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"../../etc/passwd\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(garbage);
        if (random.nextInt(4) > 0) {
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray(),
                garbage.length + " random bytes as " + type + " in field " + field);
    }

    // ----------------------------------------------------------------- webhooks

    /** Twilio's webhooks with missing, wrong, stale or misplaced signatures; none may be taken in. */
    private void webhooks(Caller anonymous) throws Exception {
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? WhatsAppClient.WEBHOOK : WhatsAppClient.STATUS;
            Map<String, String> fields = WhatsAppClient.text(WhatsAppClient.newMessageSid(),
                    pick(List.of(BUYER_KTM_PHONE, "' OR 1=1 --", "+977", "")), pick(HOSTILE_STRINGS));
            if (path.equals(WhatsAppClient.STATUS)) {
                fields.put("MessageStatus", pick(List.of("delivered", "failed", "' OR 1=1 --")));
            }
            String valid = sign(TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL + path, fields);
            String signature = switch (i % 7) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> "not-base64!!";
                case 3 -> sign("wrong-token", PUBLIC_BASE_URL + path, fields);
                case 4 -> sign(TWILIO_AUTH_TOKEN, "http://127.0.0.1:" + port + path, fields);
                case 5 -> {
                    String signed = valid;
                    fields.put("Body", fields.get("Body") + " tampered");
                    yield signed;
                }
                default -> valid.substring(0, valid.length() - 3) + (valid.charAt(valid.length() - 3) == 'A' ? 'B' : 'A')
                        + valid.substring(valid.length() - 2);
            };
            Map<String, String> headers = new LinkedHashMap<>(anonymous.headers);
            if (signature != null) {
                headers.put("X-Twilio-Signature", signature);
            }
            String form = WhatsAppClient.form(fields);
            byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
            String type = "application/x-www-form-urlencoded";
            if (i % 11 == 10) {
                type = "application/json";
                bytes = json.writeValueAsBytes(fields);
            } else if (i % 13 == 12) {
                type = "text/plain";
            }
            headers.put("Content-Type", type);
            headers.put("Accept", "application/json");
            Answer answer = send("POST", path, headers, bytes);
            judge(new Endpoint("POST", path, List.of(), false), "POST " + path + " signed " + (i % 7) + " as " + type,
                    answer, false);
        }
    }

    private static String sign(String token, String url, Map<String, String> fields) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    // ----------------------------------------------------------------- callers

    /** Who sends: nobody, forged tokens of several kinds, and real users of every role. */
    private record Caller(Map<String, String> headers, boolean mayUseForeignIds) {
    }

    private Map<String, Caller> callers() throws Exception {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller(Map.of(), true));
        String realAdmin = token(ADMIN_PHONE);
        String[] parts = realAdmin.split("\\.");
        String b64 = "Base64url";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String now = String.valueOf(Instant.now().getEpochSecond());
        String claims = "{\"sub\":\"" + userId(ADMIN_PHONE) + "\",\"role\":\"ADMIN\",\"iat\":" + now + ",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}";
        String expiredClaims = "{\"sub\":\"" + userId(ADMIN_PHONE) + "\",\"role\":\"ADMIN\",\"iat\":1,\"exp\":2}";
        callers.put("alg-none", bearer(url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes())
                + "." + url.encodeToString(claims.getBytes()) + "."));
        callers.put("hs256-with-public-knowledge", bearer(hs256(url, claims)));
        callers.put("foreign-rsa-key", bearer(rs256(url, claims)));
        callers.put("foreign-rsa-key-expired", bearer(rs256(url, expiredClaims)));
        callers.put("tampered-role", bearer(tampered(BUYER_KTM_PHONE, url)));
        callers.put("unsigned-real", bearer(parts[0] + "." + parts[1] + "."));
        callers.put("garbage", bearer(pick(List.of("garbage", "a.b.c", "....", b64, "' OR 1=1 --"))));
        callers.put("not-bearer", new Caller(Map.of("Authorization", "Basic YWRtaW46YWRtaW4="), true));
        callers.put("huge-token", bearer("e".repeat(6000)));
        // real users: someone else's order, product or account only for those who are not its party
        callers.put("buyer-other", new Caller(authorization(BUYER_POKHARA_COD_PHONE), true));
        callers.put("buyer-owner", new Caller(authorization(BUYER_KTM_PHONE), false));
        callers.put("vendor-other", new Caller(authorization(VENDOR_LTP_PHONE), true));
        callers.put("vendor-owner", new Caller(authorization(VENDOR_KTM_PHONE), false));
        callers.put("admin", new Caller(authorization(ADMIN_PHONE), false));
        callers.put("auditor", new Caller(authorization(AUDITOR_PHONE), true));
        return callers;
    }

    private static Caller bearer(String token) {
        return new Caller(Map.of("Authorization", "Bearer " + token), true);
    }

    private Map<String, String> authorization(String phone) {
        return Map.of("Authorization", "Bearer " + token(phone));
    }

    private String token(String phone) {
        var user = users.byPhone(phone).orElseThrow();
        return tokens.issue(user.id(), user.role(), user.phone(), Channel.API);
    }

    private static String hs256(Base64.Encoder url, String claims) throws Exception {
        String signing = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes()) + "."
                + url.encodeToString(claims.getBytes());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signing + "." + url.encodeToString(mac.doFinal(signing.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rs256(Base64.Encoder url, String claims) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        String signing = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes()) + "."
                + url.encodeToString(claims.getBytes());
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update(signing.getBytes(StandardCharsets.UTF_8));
        return signing + "." + url.encodeToString(signature.sign());
    }

    /** A real buyer's token whose payload says ADMIN, with the buyer's signature left on it. */
    private String tampered(String phone, Base64.Encoder url) throws Exception {
        String[] parts = token(phone).split("\\.");
        JsonNode payload = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload).put("role", "ADMIN");
        return parts[0] + "." + url.encodeToString(json.writeValueAsBytes(payload)) + "." + parts[2];
    }

    // ----------------------------------------------------------------- HTTP

    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        URI uri;
        try {
            uri = URI.create("http://127.0.0.1:" + port + path);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the fuzz made a path no client can send: " + path, e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            try {
                request.setHeader(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                // a header value the client will not send (control characters): leave it off
            }
        }
        try {
            // the body is read only when it is not an event stream: an open stream (an auditor following an
            // order is a fine answer) never ends by itself
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (java.io.InputStream in = response.body()) {
                String text = contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), contentType, text);
            }
        } catch (HttpTimeoutException e) {
            failures.add("no answer within 20 s: " + method + " " + shorten(path));
            return null;
        } catch (java.io.IOException e) {
            failures.add("connection failed (" + e + "): " + method + " " + shorten(path));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ----------------------------------------------------------------- state

    /** Counts and checksums of the watched tables, once they hold still (the sagas at rest). */
    private Map<String, String> tablesAtRest() {
        Map<String, String> previous = null;
        for (int stable = 0, tries = 0; tries < 200; tries++) {
            Map<String, String> current = tables();
            stable = current.equals(previous) ? stable + 1 : 0;
            if (stable >= 3) {
                return current;
            }
            previous = current;
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the tables never came to rest");
    }

    private Map<String, String> tables() {
        Map<String, String> sums = new TreeMap<>();
        for (String table : WATCHED_TABLES) {
            sums.put(table, jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "ORDER BY t::text)), '-') FROM " + table + " t", String.class));
        }
        return sums;
    }

    // ----------------------------------------------------------------- little things

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String str(String value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…(" + flat.length() + " chars)" : flat;
    }
}
