package np.khaacho.app.portals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.saga.webpush.VapidKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web Push of a new order to a vendor's subscribed browser, against a push service played on this machine:
 * the push is signed with the server's key (VAPID) for that service, carries nothing of the order, and a
 * subscription the service says is gone is dropped. A subscription elsewhere than at a push service is
 * refused, since the server would post to it.
 */
class WebPushTest extends IntegrationTest {

    /** A cash-on-delivery shop in Bhaktapur, which V-KTM-01 serves: no credit limit to run out of. */
    private static final String BUYER = "+9779861100205";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private HttpServer pushService;

    @Autowired
    private JdbcTemplate jdbc;

    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startPushService() throws IOException {
        pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pushService.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answers.getOrDefault(exchange.getRequestURI().getPath(), 201), -1);
            exchange.close();
        });
        pushService.start();
    }

    @AfterEach
    void stopPushService() {
        pushService.stop(0);
    }

    @Test
    void aNewOrderIsPushedSignedForThePushServiceAndWithNothingOfTheOrder() throws Exception {
        JsonNode key = as(VENDOR_KTM_PHONE).get("/v1/push/key").data();
        assertThat(key.get("enabled").asBoolean()).isTrue();
        String publicKey = key.get("publicKey").asText();
        String path = "/push/" + UUID.randomUUID();
        var subscribed = as(VENDOR_KTM_PHONE).put("/v1/users/me/push-subscriptions", subscription(endpoint(path)));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);

        String orderId = placeOrder();
        Received push = Eventually.waitFor("the push of the new order", () ->
                received.stream().filter(r -> r.path().equals(path)).findFirst().orElse(null));

        assertThat(push.body()).as("a push carries no data").isEmpty();
        assertThat(push.header("TTL")).isNotBlank();
        String authorization = push.header("Authorization");
        assertThat(authorization).startsWith("vapid t=").endsWith(", k=" + publicKey);
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(publicKeyOf(publicKey));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signed with the server's key").isTrue();
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("aud").asText()).isEqualTo("http://127.0.0.1:" + pushService.getAddress().getPort());
        assertThat(claims.get("exp").asLong()).isBetween(Instant.now().getEpochSecond(),
                Instant.now().plusSeconds(24 * 3600).getEpochSecond());
        assertThat(claims.get("sub").asText()).startsWith("mailto:");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).doesNotContain(orderId);

        // the browser unsubscribed at its push service: the next push finds it gone, and it is dropped
        answers.put(path, 410);
        placeOrder();
        Eventually.waitUntil("the gone subscription dropped", () -> jdbc.queryForObject(
                "SELECT count(*) FROM messaging.push_subscriptions WHERE endpoint = ?", Long.class, endpoint(path)) == 0);
        assertThat(received.stream().filter(r -> r.path().equals(path)).count()).isEqualTo(2);
    }

    @Test
    void aSubscriptionElsewhereThanAtAPushServiceIsRefused() throws Exception {
        for (String elsewhere : List.of("https://169.254.169.254/latest/meta-data", "https://intranet.example.np/hook",
                "http://fcm.googleapis.com/fcm/send/x", "https://user@fcm.googleapis.com.evil.example/x", "not a url")) {
            var refused = as(VENDOR_KTM_PHONE).put("/v1/users/me/push-subscriptions", subscription(elsewhere));
            assertThat(refused.status()).as(elsewhere + ": " + refused).isEqualTo(400);
        }
        var badKey = as(VENDOR_KTM_PHONE).put("/v1/users/me/push-subscriptions", Map.of("endpoint",
                endpoint("/push/bad-key"), "keys", Map.of("p256dh", B64.encodeToString(new byte[65]), "auth", "AAAA")));
        assertThat(badKey.status()).as(badKey.toString()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.push_subscriptions WHERE endpoint NOT LIKE ?",
                Long.class, "http://127.0.0.1:%")).isZero();

        var buyer = as(BUYER).put("/v1/users/me/push-subscriptions", subscription(endpoint("/push/buyer")));
        assertThat(buyer.status()).as(buyer.toString()).isEqualTo(403);

        String path = "/push/" + UUID.randomUUID();
        as(VENDOR_KTM_PHONE).put("/v1/users/me/push-subscriptions", subscription(endpoint(path)));
        var removed = as(VENDOR_KTM_PHONE).delete(unsubscribe(path));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(as(VENDOR_KTM_PHONE).delete(unsubscribe(path))
                .status()).isEqualTo(404);
    }

    private String unsubscribe(String path) {
        return "/v1/users/me/push-subscriptions?endpoint=" + URLEncoder.encode(endpoint(path), StandardCharsets.UTF_8);
    }

    private String endpoint(String path) {
        return "http://127.0.0.1:" + pushService.getAddress().getPort() + path;
    }

    /** What a browser hands over: its endpoint, its P-256 key and its 16-byte secret. */
    private static Map<String, Object> subscription(String endpoint) {
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return Map.of("endpoint", endpoint, "keys", Map.of("p256dh", VapidKeys.generate().publicKey(),
                "auth", B64.encodeToString(auth)));
    }

    private static PublicKey publicKeyOf(String base64Url) throws GeneralSecurityException {
        byte[] point = Base64.getUrlDecoder().decode(base64Url);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    private String placeOrder() {
        return PortalOrders.place(as(BUYER), "OIL-SUNFLOWER-5L", 4);
    }
}
