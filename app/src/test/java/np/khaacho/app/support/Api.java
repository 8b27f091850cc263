package np.khaacho.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small real-HTTP client of the running application, with a bearer token (or none). */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final ObjectMapper json;
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port, ObjectMapper json, String token) {
        this.port = port;
        this.json = json;
        this.token = token;
    }

    public Api withHeader(String name, String value) {
        Api copy = new Api(port, json, token);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body exactly as given (for malformed input). */
    public Reply sendRaw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return execute(request);
    }

    /** A GET whose answer is a file (a PDF, a workbook): its status, bytes and headers. */
    public Binary getBytes(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file as answered. */
    public record Binary(int status, byte[] body, HttpHeaders headers) {
    }

    /** Sends raw bytes (an upload) with the given content type. */
    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return execute(request);
    }

    /**
     * Sends a request as given and answers once the headers arrive for an event stream (whose body
     * never ends), or with the whole body otherwise. Accepts JSON first, anything else after it.
     */
    public Reply probe(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path).setHeader("Accept", "application/json, */*;q=0.1")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                if (type.startsWith("text/event-stream")) {
                    return new Reply(response.statusCode(), null, "", response.headers());
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                JsonNode parsed = null;
                if (type.contains("json") && !text.isBlank()) {
                    try {
                        parsed = json.readTree(text);
                    } catch (IOException notJson) {
                        parsed = null;
                    }
                }
                return new Reply(response.statusCode(), parsed, text, response.headers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
            HttpRequest.Builder request = request(path).method(method, publisher);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return execute(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        return request;
    }

    private Reply execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = isJson && !response.body().isBlank() ? json.readTree(response.body()) : null;
            return new Reply(response.statusCode(), body, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status, the parsed JSON body and the headers. */
    public record Reply(int status, JsonNode body, String text, HttpHeaders headers) {

        /** The header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode data() {
            return body.get("data");
        }

        public String errorCode() {
            return body == null || body.get("error") == null ? null : body.get("error").get("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
