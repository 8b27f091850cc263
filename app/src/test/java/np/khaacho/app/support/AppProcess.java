package np.khaacho.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.KhaachoApplication;
import np.khaacho.app.security.JwtKeys;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, on its own database and a fixed port, so that a test can
 * kill it the way the operating system does ({@link #kill}: SIGKILL, no shutdown hook runs) and
 * start it again on the same data. Its output goes to {@code target/app-processes/<name>.log},
 * one file across all its starts. Tokens are signed with the test key file the application reads.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path KEY_FILE = Path.of("target/test-keys/jwt-signing-key.pem");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String database;
    private final List<String> settings;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final JdbcTemplate jdbc;
    private final TokenIssuer tokens;
    private final Map<String, UserDirectory.User> users = new ConcurrentHashMap<>();
    private volatile Process process;
    private int starts;

    private AppProcess(String name, String database, List<String> settings) {
        this.name = name;
        this.database = database;
        this.settings = List.copyOf(settings);
        this.port = freePort();
        this.managementPort = freePort();
        this.log = Path.of("target/app-processes", name + ".log");
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:postgresql://" + TestDatabase.HOST + "/" + database, TestDatabase.USER, TestDatabase.PASSWORD));
        // Made here before any instance starts, so that two starting instances never both create it.
        this.tokens = new TokenIssuer(JwtKeys.load(null, null, KEY_FILE), "khaacho", Duration.ofHours(2),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }));
    }

    /**
     * An instance (not started yet) on that database, in the demo mode with the demo data, Twilio's REST
     * API played by that stub and webhooks checked as {@link WhatsAppClient} signs them, and these extra
     * settings ({@code --name=value}); its port, database and key file are set here.
     */
    public static AppProcess withDemoData(String name, String database, TwilioStub twilio, String... settings) {
        List<String> all = new ArrayList<>(List.of(
                "--khaacho.mode=demo",
                "--khaacho.demo-data.enabled=true",
                "--khaacho.twilio.account-sid=" + twilio.accountSid(),
                "--khaacho.twilio.auth-token=" + IntegrationTest.TWILIO_AUTH_TOKEN,
                "--khaacho.twilio.whatsapp-from=" + IntegrationTest.TWILIO_WHATSAPP_FROM,
                "--khaacho.twilio.api-base-url=" + twilio.url(),
                "--khaacho.twilio.public-base-url=" + IntegrationTest.PUBLIC_BASE_URL,
                "--khaacho.twilio.templates.default=" + IntegrationTest.DEFAULT_TEMPLATE_SID,
                // A message being read when an instance died (or lost its database) is read again soon.
                "--khaacho.whatsapp.lease=PT15S",
                // The fault loads write from three phones as fast as the answers come (faster while an
                // instance is down): the flood guard, tested on its own, would turn part of them away.
                "--khaacho.whatsapp.flood.limit=100000"));
        all.addAll(List.of(settings));
        return new AppProcess(name, database, all);
    }

    /**
     * An instance (not started yet) started the way {@code java -jar khaacho.jar} starts production: no
     * command, no mode, only its port, database, key file and these settings ({@code --name=value}).
     * Its first admin comes from {@link JarCommand} ({@code admin add}) on the same database.
     */
    public static AppProcess production(String name, String database, String... settings) {
        return new AppProcess(name, database, List.of(settings));
    }

    /** Starts the JVM and waits until the application reports itself healthy. */
    public synchronized AppProcess start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is running already");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                KhaachoApplication.class.getName(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=jdbc:postgresql://" + TestDatabase.HOST + "/" + database,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--khaacho.security.key-file=" + KEY_FILE,
                // Ready only once the start-up runners (the demo data) are done, not when the port opens.
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(settings);
        try {
            Files.createDirectories(log.getParent());
            // One file for all the starts of this instance, none of an earlier run's.
            Files.writeString(log, "==== start " + starts + " of " + name + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    starts == 1 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitHealthy(START_TIMEOUT);
        return this;
    }

    /**
     * Waits until the instance is ready for traffic (the readiness probe on the actuator's port) and
     * /actuator/health answers UP on the API port; fails at once, with the log's end, if the process died.
     */
    public void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!up(new Api(managementPort, JSON, null), "/actuator/health/readiness") || !healthy()) {
            if (!isRunning()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was healthy:\n"
                        + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + " not healthy within " + timeout.toSeconds() + " s:\n" + logTail());
            }
            pause(250);
        }
    }

    /** Whether /actuator/health answers UP now. */
    boolean healthy() {
        return up(anonymous(), "/actuator/health");
    }

    private static boolean up(Api client, String health) {
        try {
            Api.Reply reply = client.get(health);
            return reply.body() != null && "UP".equals(reply.body().path("status").asText());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it was doing. */
    public synchronized void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + running.pid() + ") outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process = null;
    }

    boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The operating system's id of the running JVM: the same before and after a fault means no restart. */
    public long pid() {
        return process.pid();
    }

    /** The API's port (on every start the same). */
    public int port() {
        return port;
    }

    /** The actuator's own port (on 127.0.0.1 unless a setting says otherwise). */
    public int managementPort() {
        return managementPort;
    }

    /** The file the instance's output goes to, every start appended. */
    public Path log() {
        return log;
    }

    /** The instance's database, straight (no pool: every call opens a connection, so it outlives database restarts). */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A client of the instance acting as the demo user with this phone. */
    public Api as(String phone) {
        UserDirectory.User user = users.computeIfAbsent(phone, p -> new UserDirectory(jdbc).byPhone(p)
                .orElseThrow(() -> new AssertionError("no user " + p + " in " + database)));
        return new Api(port, JSON, tokens.issue(user.id(), user.role(), user.phone(), Channel.API));
    }

    public Api anonymous() {
        return new Api(port, JSON, null);
    }

    /** Twilio delivering WhatsApp messages to this instance's webhook, signed as the suite's Twilio settings expect. */
    public WhatsAppClient whatsApp() {
        return new WhatsAppClient(anonymous(), IntegrationTest.PUBLIC_BASE_URL, IntegrationTest.TWILIO_AUTH_TOKEN);
    }

    @Override
    public void close() {
        kill();
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
