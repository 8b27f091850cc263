package np.khaacho.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random port, on the tests' own PostgreSQL database, emptied and
 * migrated once per test run, in the demo mode with the demo data loaded. Every integration test extends this one
 * configuration, so they share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.flyway.clean-disabled=false",
                // the actuator's own port, random like the API's (@LocalManagementPort)
                "management.server.port=0",
                "khaacho.security.key-file=target/test-keys/jwt-signing-key.pem",
                "khaacho.demo-data.enabled=true",
                "khaacho.orders.draft-expiry=PT10S",
                // The cleanup of expired login codes and tokens runs only when a test asks for it: run every
                // 15 minutes, it lands in the middle of whichever test counts those tables then.
                "khaacho.auth.cleanup-interval=PT24H",
                // the tests' failing projection, listed as every real group is (dead letters with their cache)
                "khaacho.processors.tracking.failure-probe.batch-size=100",
                // The demo mode with its simulator and demo data, but Twilio configured (a local stub), so
                // webhooks are signed as in production.
                "khaacho.mode=demo",
                "khaacho.simulator.enabled=true",
                // Swagger UI, which only the demo serves
                "springdoc.swagger-ui.enabled=true",
                "khaacho.twilio.public-base-url=" + IntegrationTest.PUBLIC_BASE_URL,
                // the wallets send the test browser back where it is (the demo wallet plays both)
                "khaacho.payments.public-base-url=http://127.0.0.1:${local.server.port}",
                "khaacho.payments.check-every=PT1S",
                "khaacho.statements.monthly=false",
                // the suggestions' test sends them when it means to
                "khaacho.suggestions.enabled=false",
                // a proxy the tests connect through (from this loopback address) to say who the client is
                "khaacho.web.trusted-proxies=127.0.0.2",
                // the push service a test plays on this machine, beside a real one
                "khaacho.web-push.allowed-hosts=fcm.googleapis.com,http://127.0.0.1"
        })
@Import(IntegrationTest.CleanDatabase.class)
public abstract class IntegrationTest {

    /** Where Twilio is told the application is; signatures are made for this address, not the local one. */
    public static final String PUBLIC_BASE_URL = "https://khaacho.example.np";
    public static final String ADMIN_PHONE = "+9779800000001";
    protected static final String AUDITOR_PHONE = "+9779800000002";
    public static final String BUYER_KTM_PHONE = "+9779841100201";
    public static final String BUYER_POKHARA_COD_PHONE = "+9779846100208";
    public static final String VENDOR_KTM_PHONE = "+9779851012301";
    public static final String VENDOR_LTP_PHONE = "+9779841023402";
    public static final String VENDOR_PKR_PHONE = "+9779856034503";

    public static final String TWILIO_ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String TWILIO_AUTH_TOKEN = "test-auth-token-0123456789abcdef";
    protected static final String TWILIO_WHATSAPP_FROM = "+14155238886";
    protected static final String DEFAULT_TEMPLATE_SID = "HX00000000000000000000000000000def";
    protected static final String ORDER_PLACED_TEMPLATE_SID = "HX0000000000000000000000000000a001";
    /** Twilio's REST API for the whole suite: every outbound WhatsApp message goes there through the real SDK. */
    protected static final TwilioStub TWILIO = TwilioStub.start(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

    /**
     * The credit limit the suite gives the most used demo buyer: many tests leave orders waiting for
     * their vendors, each holding credit, and the demo's own limit would run out before the suite ends.
     */
    protected static final long BUYER_KTM_CREDIT_LIMIT = 5_000_000;
    /** The db-scheduler task Axon keeps its deadlines in. */
    public static final String DEADLINE_TASK = "AxonDeadline";
    private static volatile boolean creditRaised;

    @LocalServerPort
    protected int port;
    @LocalManagementPort
    protected int managementPort;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private TokenIssuer tokens;
    @Autowired
    private UserDirectory users;

    @DynamicPropertySource
    static void testDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("khaacho.twilio.account-sid", () -> TWILIO_ACCOUNT_SID);
        registry.add("khaacho.twilio.auth-token", () -> TWILIO_AUTH_TOKEN);
        registry.add("khaacho.twilio.whatsapp-from", () -> TWILIO_WHATSAPP_FROM);
        registry.add("khaacho.twilio.api-base-url", TWILIO::url);
        registry.add("khaacho.twilio.status-callback-url", () -> "https://khaacho.test/v1/whatsapp/status");
        registry.add("khaacho.twilio.templates.default", () -> DEFAULT_TEMPLATE_SID);
        registry.add("khaacho.twilio.templates.ORDER_PLACED", () -> ORDER_PLACED_TEMPLATE_SID);
        // Quick retries and a short-lived open circuit, so the failure tests run in seconds.
        registry.add("khaacho.twilio.retry.first-wait", () -> "PT0.05S");
        registry.add("khaacho.twilio.relay.backoff", () -> "PT0.2S");
        registry.add("khaacho.twilio.relay.max-attempts", () -> "6");
        registry.add("khaacho.twilio.circuit-breaker.wait-in-open-state", () -> "PT3S");
    }

    @BeforeEach
    void raiseTheBusiestBuyersCredit() {
        if (creditRaised) {
            return;
        }
        synchronized (IntegrationTest.class) {
            if (!creditRaised) {
                Api admin = as(ADMIN_PHONE);
                Eventually.waitUntil("the busiest demo buyer's credit raised", () -> admin.put(
                        "/v1/buyers/" + userId(BUYER_KTM_PHONE) + "/credit",
                        Map.of("creditLimit", BUYER_KTM_CREDIT_LIMIT, "paymentTerms", "NET15")).status() == 200);
                creditRaised = true;
            }
        }
    }

    /** An HTTP client of the running application, acting as the user with this phone. */
    protected Api as(String phone) {
        var user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone));
        return new Api(port, json, tokens.issue(user.id(), user.role(), user.phone(), Channel.API));
    }

    protected Api anonymous() {
        return new Api(port, json, null);
    }

    /**
     * Sends a buyer's WhatsApp message through the webhook and answers Khaacho's reply to it: the first message
     * to the phone after it that holds {@code marker} (a notice may come in between).
     */
    protected String replyTo(WhatsAppClient twilio, String phone, String text, String marker) {
        Instant sent = Instant.now();
        assertThat(twilio.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, text)).status()).isEqualTo(200);
        return Eventually.waitFor("the reply to \"" + text + "\"", () -> TWILIO.requestsTo(phone).stream()
                .filter(r -> r.receivedAt().isAfter(sent)).map(TwilioStub.MessageRequest::body)
                .filter(body -> body != null && body.contains(marker)).findFirst().orElse(null));
    }

    /** A client of the actuator's own port (metrics, the Prometheus scrape), which takes no token. */
    protected Api management() {
        return new Api(managementPort, json, null);
    }

    protected String userId(String phone) {
        return users.byPhone(phone).orElseThrow().id();
    }

    /**
     * The number of events once the sagas have come to rest (the count holds still for a moment and no
     * deadline falls due in the next few seconds, such as the test's ten-second draft expiry of an
     * earlier test's unconfirmed WhatsApp order), so that "nothing changed" compares like with like
     * while other tests' orders are still moving.
     */
    protected long eventCount() {
        long previous = -1;
        long current = rawEventCount();
        int stableReads = 0;
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (stableReads < 3) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("the events did not come to rest within a minute: " + current
                        + " events, " + deadlinesDueSoon() + " deadlines due");
            }
            sleep(150);
            previous = current;
            current = rawEventCount();
            stableReads = current == previous && deadlinesDueSoon() == 0 ? stableReads + 1 : 0;
        }
        return current;
    }

    private long deadlinesDueSoon() {
        Long due = jdbc.queryForObject(
                "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = ?"
                        + " AND execution_time < now() + interval '5 seconds'", Long.class, DEADLINE_TASK);
        return due == null ? 0 : due;
    }

    private long rawEventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts every test run from an empty database. */
    @TestConfiguration
    static class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
