package np.khaacho.app.ops;

import com.sun.net.httpserver.HttpServer;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.JarCommand;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a Sentry DSN, an unexpected error reaches Sentry (here a local stand-in for its envelope endpoint),
 * through Sentry's own Spring Boot integration, without personal data: the admin's phone number masked, no
 * token, no user. The error is the one an admin logs to check the wiring.
 */
class ErrorTrackingTest {

    private static final String DATABASE = TestDatabase.NAME + "_sentry";
    private static final String ADMIN = "+9779800000077";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);

    @Test
    void anUnexpectedErrorIsReportedWithoutPersonalData() throws Exception {
        List<String> envelopes = new CopyOnWriteArrayList<>();
        HttpServer sentry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sentry.createContext("/api/42/envelope/", exchange -> {
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                envelopes.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        sentry.start();
        try {
            JarCommand.Output added = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", ADMIN, "--name", "Sentry Admin");
            assertThat(added.exitCode()).as(added.toString()).isZero();
            String dsn = "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + sentry.getAddress().getPort() + "/42";
            try (AppProcess app = AppProcess.production("error-tracking", DATABASE, "--sentry.dsn=" + dsn).start()) {
                Api admin = app.as(ADMIN);
                assertThat(admin.post("/v1/admin/error-tracking/test", java.util.Map.of()).status()).isEqualTo(400);
                Api.Reply asked = admin.post("/v1/admin/error-tracking/test", java.util.Map.of("confirm", "SEND A TEST ERROR"));
                assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
                assertThat(asked.data().get("reported").asBoolean()).isTrue();
                assertThat(app.anonymous().post("/v1/admin/error-tracking/test", java.util.Map.of("confirm", "SEND A TEST ERROR"))
                        .status()).isEqualTo(401);

                String event = Eventually.waitFor("the error at Sentry", () -> envelopes.stream()
                        .filter(envelope -> envelope.contains("a test of error tracking")).findFirst().orElse(null));
                assertThat(event).contains("ErrorTrackingTest").contains("+97798******77")
                        .doesNotContain(ADMIN.substring(4)).doesNotContain("\"Authorization\"").doesNotContain("eyJhbGci")
                        .doesNotContain("\"user\"");
            }
        } finally {
            sentry.stop(0);
        }
    }
}
