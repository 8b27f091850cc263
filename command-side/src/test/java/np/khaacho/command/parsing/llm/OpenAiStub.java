package np.khaacho.command.parsing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for OpenAI's {@code POST /v1/chat/completions}: answers what the test tells it to
 * (a completion with given content, an HTTP error, or a late completion) and keeps every request.
 */
public final class OpenAiStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile Answer answer = new Answer(500, "{\"error\":{\"message\":\"no answer set\"}}", Duration.ZERO);

    private OpenAiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public static OpenAiStub start() throws IOException {
        return new OpenAiStub();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers a completion whose message content is this text. */
    public void answers(String content) {
        answer = new Answer(200, completion(content), Duration.ZERO);
    }

    /** Answers a completion whose content is this value as JSON. */
    public void answersJson(Object content) {
        answers(write(content));
    }

    public void answersLate(Duration delay, Object content) {
        answer = new Answer(200, completion(write(content)), delay);
    }

    public void fails(int status) {
        answer = new Answer(status, "{\"error\":{\"message\":\"the model is overloaded\",\"type\":\"server_error\"}}",
                Duration.ZERO);
    }

    public int calls() {
        return requests.size();
    }

    public JsonNode lastRequest() {
        return requests.get(requests.size() - 1);
    }

    public String lastAuthorization() {
        return authorizations.get(authorizations.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            requests.add(JSON.readTree(exchange.getRequestBody()));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Answer current = answer;
            if (!current.delay().isZero()) {
                try {
                    Thread.sleep(current.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(current.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up waiting (a timeout test): nobody reads this answer
        }
    }

    private static String completion(String content) {
        return write(Map.of(
                "id", "chatcmpl-test",
                "object", "chat.completion",
                "created", 1_700_000_000,
                "model", "gpt-test",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 30, "total_tokens", 150)));
    }

    private static String write(Object value) {
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private record Answer(int status, String body, Duration delay) {
    }
}
