package np.khaacho.app.support.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed, oversized, wrongly typed, wrongly encoded and hostile requests to the
 * endpoints of one family: each answer is a 4xx with the error body, never a 5xx, never a success for
 * something invalid, and afterwards the event store and the tables are as they were. The inputs come
 * from a seeded random source; the seed is printed, {@code -Dfuzz.seed=…} replays a run, and
 * {@code -Dfuzz.requests=…} (70 per endpoint by default) digs deeper.
 */
public abstract class FuzzTest extends IntegrationTest {

    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("fuzz.requests", 70);

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
    /** Someone else's order, product and account to act on as the wrong party: one per running application. */
    private static final Map<Integer, Map<String, String>> FOREIGN_IDS = new ConcurrentHashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    /** Requests of a family's own, sent in the same run, between the same before and after. */
    @FunctionalInterface
    protected interface MoreRequests {
        void send(Fuzzer fuzzer, Map<String, Caller> callers) throws Exception;
    }

    @AfterEach
    void forgetLoginAttempts() {
        // the login refusals counted against 127.0.0.1 must not slow down the tests that log in after this one,
        // nor the parsing calls counted against the demo users the tests that parse after this one
        jdbc.update("DELETE FROM auth.rate_limits");
        jdbc.update("DELETE FROM auth.user_rate_limits");
    }

    protected void fuzz(EndpointFamily family) throws Exception {
        fuzz(family, (fuzzer, callers) -> {
        });
    }

    /** Every endpoint of the family, as every caller, then the family's own requests; nothing may change. */
    protected void fuzz(EndpointFamily family, MoreRequests more) throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        String name = getClass().getSimpleName();
        System.out.println(name + " seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Fuzzer fuzzer = new Fuzzer(port, json, seed);
        Map<String, String> foreignIds = foreignIds();
        Map<String, Caller> callers = callers(fuzzer);
        List<Endpoint> endpoints = family.of(endpoints());
        assertThat(endpoints).as(family + " endpoints").isNotEmpty();

        long eventsBefore = eventCount();
        Map<String, String> tablesBefore = tablesAtRest();
        Instant start = Instant.now();

        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                fuzzer.fuzz(endpoint, callers, foreignIds, i);
            }
        }
        more.send(fuzzer, callers);
        Duration took = Duration.between(start, Instant.now());

        long eventsAfter = eventCount();
        Map<String, String> tablesAfter = tablesAtRest();
        System.out.printf("%s: %d endpoints, %d requests in %d ms, %d tolerated successes of reads, statuses %s%n",
                name, endpoints.size(), fuzzer.sent(), took.toMillis(), fuzzer.tolerated(), fuzzer.statuses());
        assertThat(fuzzer.failures()).as(fuzzer.failed() + " answers break the rules (seed " + seed + ")").isEmpty();
        // a few rounds are left out (a vendor's own inbox stream never ends), never many
        assertThat(fuzzer.sent()).isGreaterThanOrEqualTo(endpoints.size() * REQUESTS_PER_ENDPOINT * 4 / 5);
        assertThat(eventsAfter).as("events (seed " + seed + ")").isEqualTo(eventsBefore);
        assertThat(tablesAfter).as("tables (seed " + seed + ")").isEqualTo(tablesBefore);
    }

    /** Every endpoint the application maps, and a few it does not. */
    protected List<Endpoint> endpoints() {
        return Endpoint.all(mappings);
    }

    private Map<String, String> foreignIds() {
        return FOREIGN_IDS.computeIfAbsent(port, port -> {
            var placed = as(BUYER_KTM_PHONE).post("/v1/orders",
                    Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String orderId = placed.data().get("orders").get(0).get("orderId").asText();
            String productId = jdbc.queryForObject(
                    "SELECT id FROM write_model.products WHERE sku = 'RICE-JEERA-25KG'", String.class);
            return Map.of("order", orderId, "product", productId, "buyer", userId(BUYER_KTM_PHONE));
        });
    }

    // ----------------------------------------------------------------- callers

    /** Who sends: nobody, forged tokens of several kinds, and real users of every role. */
    protected Map<String, Caller> callers(Fuzzer fuzzer) throws Exception {
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
        callers.put("garbage", bearer(fuzzer.pick(List.of("garbage", "a.b.c", "....", b64, "' OR 1=1 --"))));
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

    protected Map<String, String> authorization(String phone) {
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
        ((ObjectNode) payload).put("role", "ADMIN");
        return parts[0] + "." + url.encodeToString(json.writeValueAsBytes(payload)) + "." + parts[2];
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
}
