package np.khaacho.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * One application instance a test started on its own database (one of several on the same
 * database, or one run of a restart), with the clients a test needs of it. Closing it stops it.
 */
public final class ClusterNode implements AutoCloseable {

    final String name;
    public final EventLog log;
    public final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final int port;
    private final ObjectMapper json;
    private final TokenIssuer tokens;
    private final UserDirectory users;

    private ClusterNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        log = new EventLog(context.getBean(EventStore.class));
        jdbc = context.getBean(JdbcTemplate.class);
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        json = context.getBean(ObjectMapper.class);
        tokens = context.getBean(TokenIssuer.class);
        users = context.getBean(UserDirectory.class);
    }

    /** Starts an instance on the database with these settings ({@code --name=value}). */
    public static ClusterNode start(String name, String database, String... settings) {
        return new ClusterNode(name, TestDatabase.startApplication(database, settings));
    }

    /** Starts an instance on the database as a plain production start does (no demo data), with these settings. */
    public static ClusterNode startProduction(String name, String database, String... settings) {
        return new ClusterNode(name, TestDatabase.startProductionApplication(database, settings));
    }

    /**
     * The settings that send this instance's WhatsApp messages to the stub and accept webhook calls
     * signed as {@link IntegrationTest} signs them.
     */
    public static List<String> twilioSettings(TwilioStub twilio) {
        return new ArrayList<>(List.of(
                "--khaacho.twilio.account-sid=" + twilio.accountSid(),
                "--khaacho.twilio.auth-token=" + IntegrationTest.TWILIO_AUTH_TOKEN,
                "--khaacho.twilio.whatsapp-from=" + IntegrationTest.TWILIO_WHATSAPP_FROM,
                "--khaacho.twilio.api-base-url=" + twilio.url(),
                "--khaacho.twilio.public-base-url=" + IntegrationTest.PUBLIC_BASE_URL,
                "--khaacho.twilio.status-callback-url=https://khaacho.test/v1/whatsapp/status",
                "--khaacho.twilio.templates.default=" + IntegrationTest.DEFAULT_TEMPLATE_SID));
    }

    public int port() {
        return port;
    }

    /** A bean of this instance, to look at its state from inside (e.g. the segments its processors work). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** An HTTP client of this instance, acting as the user with this phone. */
    public Api as(String phone) {
        var user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone));
        return new Api(port, json, tokens.issue(user.id(), user.role(), user.phone(), Channel.API));
    }

    /** A live stream of this instance (server-sent events), followed as the user with this phone. */
    public EventStreamClient stream(String phone, String path) {
        var user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone));
        return EventStreamClient.open(port, tokens.issue(user.id(), user.role(), user.phone(), Channel.API), path);
    }

    public String userId(String phone) {
        return users.byPhone(phone).orElseThrow(() -> new AssertionError("no demo user " + phone)).id();
    }

    public Api anonymous() {
        return new Api(port, json, null);
    }

    /** Twilio's side of this instance's webhook. */
    public WhatsAppClient whatsApp() {
        return new WhatsAppClient(anonymous(), IntegrationTest.PUBLIC_BASE_URL, IntegrationTest.TWILIO_AUTH_TOKEN);
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
