package np.khaacho.app.support.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static np.khaacho.app.support.IntegrationTest.BUYER_KTM_PHONE;

/**
 * Hostile values and request bodies: malformed, oversized, wrongly typed, wrongly encoded, or in an
 * endpoint's own shape with at least one field wrong. Drawn from one seeded random source.
 */
public final class HostileInput {

    static final String HUNDRED_KB = "x".repeat(100 * 1024);

    public static final List<String> HOSTILE_STRINGS = List.of(
            "' OR 1=1 --", "'; DROP TABLE read_model.orders; --", "1; DELETE FROM write_model.products",
            "\" OR \"\"=\"", "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f",
            "order-00000000-0000-0000-0000-000000000000", "product-00000000-0000-0000-0000-000000000000",
            "user-00000000-0000-0000-0000-000000000000", "nope", "-1", "0", "99999999999999999999", "1e308", "NaN",
            "null", "undefined", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%", "%s%s%s%n",
            "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\r\nX-Injected: 1", "\u202e\u200b", "\uD83D\uDE00",
            "नेपाल", "\uFFFF", "a".repeat(5000), " ", "", "true", "[]", "{}");

    static final List<String> BAD_NUMBERS = List.of(
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

    private final Random random;
    private final ObjectMapper json;

    HostileInput(Random random, ObjectMapper json) {
        this.random = random;
        this.json = json;
    }

    /** What a request carries: its content type (or none), its bytes, and what they are, for the report. */
    record Body(String contentType, byte[] bytes, String description) {
    }

    /** A body for a request to the endpoint, or none (mostly none for a read). */
    Body body(Endpoint endpoint) {
        if (endpoint.method().equals("GET") && random.nextInt(4) > 0) {
            return null;
        }
        if (endpoint.pattern().equals("/v1/ai/parse-image") && random.nextBoolean()) {
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
        return new Body("application/json", text.getBytes(StandardCharsets.UTF_8),
                description + ": " + Fuzzer.shorten(text));
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

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String str(String value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
