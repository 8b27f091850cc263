package np.khaacho.app.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector on a local port that takes what an OpenTelemetry OTLP/HTTP exporter posts to
 * {@code /v1/traces} and keeps each span's trace id, span id, parent and name. The protobuf is walked by
 * its field numbers (ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span), nothing else read.
 */
public final class OtlpStub implements AutoCloseable {

    /** One span as exported: ids in hex, the parent empty for a root. */
    public record Span(String traceId, String spanId, String parentId, String name) {
    }

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();

    private OtlpStub(HttpServer server) {
        this.server = server;
    }

    public static OtlpStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpStub stub = new OtlpStub(server);
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                        ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                    stub.read(body.readAllBytes());
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an exporter sends its spans. */
    public String tracesEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }

    private void read(byte[] request) {
        for (byte[] resourceSpans : fields(request, 1)) {
            for (byte[] scopeSpans : fields(resourceSpans, 2)) {
                for (byte[] span : fields(scopeSpans, 2)) {
                    spans.add(new Span(hex(first(span, 1)), hex(first(span, 2)), hex(first(span, 4)),
                            new String(first(span, 5), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] first(byte[] message, int field) {
        List<byte[]> found = fields(message, field);
        return found.isEmpty() ? new byte[0] : found.get(0);
    }

    /** The length-delimited values of one field of a protobuf message, in order. */
    private static List<byte[]> fields(byte[] message, int wanted) {
        List<byte[]> found = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long key = varint(message, at);
            int field = (int) (key >>> 3);
            int type = (int) (key & 7);
            switch (type) {
                case 0 -> varint(message, at);
                case 1 -> at[0] += 8;
                case 5 -> at[0] += 4;
                case 2 -> {
                    int length = (int) varint(message, at);
                    if (field == wanted) {
                        byte[] value = new byte[length];
                        System.arraycopy(message, at[0], value, 0, length);
                        found.add(value);
                    }
                    at[0] += length;
                }
                default -> throw new IllegalArgumentException("protobuf wire type " + type + " at " + at[0]);
            }
        }
        return found;
    }

    private static long varint(byte[] message, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = message[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
