package np.khaacho.app.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server-sent events client over HTTP/1.1: the lines arrive asynchronously and are read back as
 * events, each with its name and data. Closing it hangs up.
 */
public final class EventStreamClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** One event: its name ({@code event:}) and its data ({@code data:} lines joined). */
    public record Event(String name, String data) {
    }

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse.ResponseInfo> head = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    private EventStreamClient() {
    }

    public static EventStreamClient open(int port, String token, String path) {
        EventStreamClient client = new EventStreamClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
        HTTP.sendAsync(request, info -> {
            client.head.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(client.new Collector());
        });
        return client;
    }

    public int status() {
        return head().statusCode();
    }

    public String contentType() {
        return head().headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, or an error if none came in time. */
    public Event next(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String name = null;
        StringBuilder data = new StringBuilder();
        while (true) {
            String line = poll(deadline);
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    return new Event(name, data.toString());
                }
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring("data:".length()).stripLeading());
            }
        }
    }

    /** Skips events until one matches, or fails when none does in time. */
    public Event nextMatching(Duration timeout, Predicate<Event> wanted) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Event event = next(Duration.between(Instant.now(), deadline));
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        Flow.Subscription open = subscription;
        if (open != null) {
            open.cancel();
        }
    }

    private HttpResponse.ResponseInfo head() {
        try {
            return head.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to the stream request", e);
        }
    }

    private String poll(Instant deadline) {
        try {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            String line = lines.poll(left, TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no event arrived in time");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private final class Collector implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable failure) {
            // the stream ends: waiting readers time out
        }

        @Override
        public void onComplete() {
            // the server ended the stream: waiting readers time out
        }
    }
}
