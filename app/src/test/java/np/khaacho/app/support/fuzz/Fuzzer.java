package np.khaacho.app.support.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static np.khaacho.app.support.fuzz.HostileInput.BAD_NUMBERS;
import static np.khaacho.app.support.fuzz.HostileInput.HOSTILE_STRINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fuzz run against the running application: hostile requests drawn from a seeded random source,
 * each answer judged (a 4xx with the error body; a success only for a read; never a 5xx), and what
 * broke the rules kept for the report.
 */
public final class Fuzzer {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** An answer: its status, content type and body (empty for an event stream, which never ends). */
    public record Answer(int status, String contentType, String body) {
    }

    private final int port;
    private final ObjectMapper json;
    private final Random random;
    private final HostileInput input;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int sent;
    private int tolerated;
    private int failed;

    public Fuzzer(int port, ObjectMapper json, long seed) {
        this.port = port;
        this.json = json;
        this.random = new Random(seed);
        this.input = new HostileInput(random, json);
    }

    public <T> T pick(List<T> values) {
        return input.pick(values);
    }

    /** What broke the rules (the first 60 of them). */
    public List<String> failures() {
        return failures;
    }

    public int sent() {
        return sent;
    }

    public int failed() {
        return failed;
    }

    public int tolerated() {
        return tolerated;
    }

    public Map<String, Integer> statuses() {
        return statuses;
    }

    // ----------------------------------------------------------------- one request

    /**
     * One request to the endpoint as the round's caller (the real users twice as often), with a hostile
     * path, query, headers and body; someone else's order, product or account every fifth round.
     */
    public void fuzz(Endpoint endpoint, Map<String, Caller> callers, Map<String, String> foreignIds, int round) {
        // the real users twice as often: their requests get past authentication into validation
        List<String> names = new ArrayList<>(callers.keySet());
        callers.keySet().stream().filter(name -> name.startsWith("buyer") || name.startsWith("vendor")
                || name.equals("admin") || name.equals("auditor")).forEach(names::add);
        String callerName = names.get(round % names.size());
        Caller caller = callers.get(callerName);
        boolean foreign = round % 5 == 4 && caller.mayUseForeignIds() && endpoint.pattern().contains("{");
        String path = fillPath(endpoint.pattern(), foreign ? foreignIds : null);
        if (path == null) {
            return;
        }
        if (!endpoint.params().isEmpty() && (random.nextInt(3) > 0 || endpoint.method().equals("GET"))) {
            path = path + "?" + query(endpoint.params());
        }
        if (endpoint.stream() && isOwnStream(endpoint, callerName, foreign)) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>(caller.headers());
        headers.put("Accept", endpoint.stream() && random.nextBoolean() ? "text/event-stream"
                : pick(List.of("application/json", "application/json", "*/*", "text/csv", "application/xml")));
        HostileInput.Body body = input.body(endpoint);
        if (body != null && body.contentType() != null) {
            headers.put("Content-Type", body.contentType());
        }
        if (random.nextInt(10) == 0) {
            headers.put("Idempotency-Key", pick(HOSTILE_STRINGS).replaceAll("[\\r\\n\\u0000-\\u001f\\u007f]", "?"));
        }
        String method = endpoint.method();
        Answer answer = send(method, path, headers, body == null ? null : body.bytes());
        judge(endpoint, method + " " + shorten(path) + " as " + callerName + " with " + (body == null ? "no body"
                : body.description()), answer, endpoint.method().equals("GET"));
    }

    /** A vendor's own inbox stream (or an order stream of one's own order) is a fine, endless answer. */
    private static boolean isOwnStream(Endpoint endpoint, String caller, boolean foreign) {
        return endpoint.pattern().equals("/v1/vendors/me/inbox/stream") && caller.startsWith("vendor");
    }

    /** Counts the answer and keeps it as a failure if it breaks the rules. */
    public void judge(Endpoint endpoint, String what, Answer answer, boolean readOnly) {
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

    /** The pattern with its variables filled: someone else's ids when given, else hostile values. */
    public String fillPath(String pattern, Map<String, String> foreignIds) {
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

    // ----------------------------------------------------------------- HTTP

    /** Sends the request as given; an answer that never comes is a failure (and null). */
    public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
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
            HttpResponse<InputStream> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                String text = contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), contentType, text);
            }
        } catch (HttpTimeoutException e) {
            failures.add("no answer within 20 s: " + method + " " + shorten(path));
            return null;
        } catch (IOException e) {
            failures.add("connection failed (" + e + "): " + method + " " + shorten(path));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void expectErrorBody(Answer answer, int status) {
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

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…(" + flat.length() + " chars)" : flat;
    }
}
