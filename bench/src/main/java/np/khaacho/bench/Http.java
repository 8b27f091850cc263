package np.khaacho.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A JSON-over-HTTP client of the running application, on loopback, with a bearer token. Given several
 * instances of the application (on one database), the requests take them in turn: an order placed on
 * one instance is followed, confirmed and read on the others.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> baseUrls;
    private final AtomicInteger next = new AtomicInteger();

    Http(List<String> baseUrls) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("no address of the application");
        }
        this.baseUrls = List.copyOf(baseUrls);
    }

    Http(String baseUrl) {
        this(List.of(baseUrl));
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply send(String method, String path, String token, Object body) {
        return send(method, path, token, body, null);
    }

    /** A JSON write; with an {@code Idempotency-Key} when one is given. */
    Reply send(String method, String path, String token, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a server-sent event stream: its lines as they come, until the stream is closed. */
    Stream<String> events(String path, String token) {
        try {
            HttpResponse<Stream<String>> response = CLIENT.send(request(path, token).setHeader("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                return Stream.empty();
            }
            return response.body();
        } catch (IOException e) {
            return Stream.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Stream.empty();
        }
    }

    /** A form post with a Twilio signature, as Twilio calls the webhooks. */
    Reply webhook(String path, String form, String signature) {
        return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(nextBaseUrl() + path)).timeout(Duration.ofSeconds(30))
                .setHeader("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private String nextBaseUrl() {
        return baseUrls.size() == 1 ? baseUrls.get(0) : baseUrls.get(Math.floorMod(next.getAndIncrement(), baseUrls.size()));
    }

    private static Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1_000;
            JsonNode body = response.body().isBlank() || !response.body().startsWith("{") ? null
                    : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, micros);
        } catch (IOException e) {
            return new Reply(-1, null, (System.nanoTime() - start) / 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, null, 0);
        }
    }

    /** A status, the JSON body, and how long the call took in microseconds. */
    record Reply(int status, JsonNode body, long micros) {

        JsonNode data() {
            return body == null ? null : body.get("data");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
