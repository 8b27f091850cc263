package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.security.JwtKeys;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Balancer;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.VendorReminded;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, each in a JVM of its own, on one database behind a load balancer,
 * while buyers order over the API and WhatsApp and vendors confirm, reject or leave orders, dispatch,
 * deliver and take payments (cash on delivery and credit), with a vendor given seconds to answer. The
 * instance that works the event processors' segments is killed (SIGKILL) at random moments, several
 * times, while the other carries on; the killed one is started again a few seconds later (and is up
 * only after the survivor took over). Ownership of the segments is read from {@code axon.token_entry}
 * at every sample: no segment is worked by both, and every segment of the dead instance is the
 * survivor's within the token claim timeout (and the survivor's next look for unclaimed segments).
 * The outbound messages the dead instance had claimed are sent once its claim ran out, and every
 * order its vendor never answered is reminded, then expires within twice the vendor's time and a
 * bound, even when the instance running the deadline died. At rest the fault audit is clean (with the
 * vendors' steps: each order where its vendor took it, delivered credit charged once, payments repaid
 * to credit) and every message reached Twilio once but for those accepted just before a kill. The
 * seed of the random choices is printed; {@code -Dkhaacho.fault.seed=…} repeats them.
 */
class KilledNodeTest {

    private static final String DATABASE = "khaacho_killed_node_test";
    private static final int KILLS = 3;
    private static final Duration VENDOR_RESPONSE = Duration.ofSeconds(4);
    /** The relay's claim on the messages it is sending, short here as in {@link CrashRecoveryTest}. */
    private static final Duration MESSAGE_CLAIM = Duration.ofSeconds(15);
    /** The application's token claim timeout ({@code axon.eventhandling.tokenstore.claim-timeout}, 10 s by default). */
    private static final Duration TOKEN_CLAIM = Duration.ofSeconds(10);
    /** How often a tracking processor's idle threads look for an unclaimed segment ({@code khaacho.processors}). */
    private static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(1);
    /**
     * A claim runs out, then the survivor's next look takes the segment: that, and two seconds for the
     * sampling and for a look that starts late on two busy cores.
     */
    private static final Duration HAND_OVER_BOUND = TOKEN_CLAIM.plus(TOKEN_CLAIM_INTERVAL).plusSeconds(2);
    /**
     * How late a vendor's deadline may fire: db-scheduler runs a dead instance's deadline again once six
     * heartbeats (2 s apart) are missing, looking every 4 s (application.yml), and polls every second.
     */
    private static final Duration DEADLINE_BOUND = Duration.ofSeconds(2 * 6 + 4 + 1).plusSeconds(5);
    /** See {@link CrashRecoveryTest}: a copy passes only if Twilio took the first this soon before a kill. */
    private static final Duration SEND_WINDOW = Duration.ofSeconds(2);
    private static final List<String> VENDORS = List.of(IntegrationTest.VENDOR_KTM_PHONE,
            IntegrationTest.VENDOR_LTP_PHONE, IntegrationTest.VENDOR_PKR_PHONE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A kill: when, which instance, and what it left claimed. */
    private record Kill(Instant at, String victim, Map<Long, Instant> claimedMessages, List<String> pickedDeadlines) {
    }

    @Test
    void theSurvivorTakesOverSegmentsDeadlinesAndMessagesOfTheKilledInstance() throws Exception {
        long seed = FaultLoad.seed(KilledNodeTest.class);
        Random random = new Random(seed);
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        List<Kill> kills = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // the first migrates the database and loads the demo data, the second starts on it (and finds the
        // demo data there: it loads nothing)
        try (AppProcess one = instance("killed-node-1", twilio).start();
             AppProcess two = instance("killed-node-2", twilio).start();
             Balancer balancer = Balancer.in(List.of(one.port(), two.port()))) {
            JdbcTemplate jdbc = one.jdbc();
            TokenOwners.Instance first = new TokenOwners.Instance("killed-node-1", one);
            TokenOwners.Instance second = new TokenOwners.Instance("killed-node-2", two);
            first.started();
            second.started();
            Function<String, Api> through = clientsThrough(balancer, jdbc);
            FaultLoad load = new FaultLoad(through, new WhatsAppClient(new Api(balancer.port(), JSON, null),
                    IntegrationTest.PUBLIC_BASE_URL, IntegrationTest.TWILIO_AUTH_TOKEN), jdbc, seed)
                    .apiOrders(List.of("+9779841100201", "+9779841100203", "+9779861100205", "+9779846100208"), 1)
                    .whatsAppConversations(List.of("+9779856100202"));
            VendorLoad vendors = new VendorLoad(through, VENDORS, seed);
            TokenOwners owners = TokenOwners.every(Duration.ofMillis(500), jdbc, HAND_OVER_BOUND, first, second);
            FaultAudit audit;
            try (owners; load; vendors) {
                load.start();
                vendors.start();
                CompletableFuture<TokenOwners.Instance> restarted = CompletableFuture.completedFuture(null);
                for (int kill = 1; kill <= KILLS; kill++) {
                    backInRotation(restarted, balancer);
                    Thread.sleep(2000 + random.nextInt(3000));
                    // the one that works the segments (the survivor of the last kill holds them all)
                    TokenOwners.Instance victim = owners.ownedBy(first.pid).size() >= owners.ownedBy(second.pid).size()
                            ? first : second;
                    TokenOwners.Instance survivor = victim == first ? second : first;
                    long deadPid = victim.pid;
                    Instant at = Instant.now();
                    victim.app.kill();
                    victim.killed();
                    balancer.down(victim.app.port());
                    owners.killed(victim, deadPid, survivor, at);
                    Kill done = new Kill(at, victim.name, claimedMessages(jdbc, deadPid), pickedDeadlines(jdbc, victim.name));
                    kills.add(done);
                    // started again a few seconds later; its start (tens of seconds beside the survivor's work)
                    // ends after the survivor took over
                    long restartAfter = 3000 + random.nextInt(3000);
                    restarted = CompletableFuture.supplyAsync(() -> {
                        AppProcess.pause(restartAfter);
                        victim.app.start();
                        return victim;
                    });
                    owners.awaitHandOvers();
                    assertThat(owners.problems()).as("segment ownership in axon.token_entry, up to kill " + kill).isEmpty();
                    awaitSent(jdbc, done, problems);
                }
                Thread.sleep(2000 + random.nextInt(2000));
                load.stop();
                vendors.stop();
                // the last one killed comes up while the survivor finishes the work
                awaitNoneWaitingForItsVendor(jdbc);
                audit = new FaultAudit(jdbc).awaitRest(Duration.ofSeconds(90)).withVendors(vendors.ends()).check(load);
                backInRotation(restarted, balancer);
            }
            OutboxAudit.awaitNothingPending(jdbc, MESSAGE_CLAIM.plusSeconds(60));
            List<Kill> killed = List.copyOf(kills);
            int copies = OutboxAudit.assertSentOnceButForKills(jdbc, twilio, killed.stream().map(Kill::at).toList(),
                    SEND_WINDOW);
            int sent = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox", Integer.class);
            checkClaimedMessagesSentAfterTheirClaim(jdbc, killed, problems);
            List<Duration> lateness = checkVendorDeadlines(jdbc, vendors.leftUnanswered(), problems);

            List<TokenOwners.HandOver> handOvers = owners.handOvers();
            System.out.printf("KilledNodeTest: %s; %s; vendors: %s; %s; %d kills (%s); segments handed over in %s;"
                            + " claimed messages of the dead %s; deadlines picked by the dead %s;"
                            + " %d vendor deadlines expired, late by at most %d ms (median %d ms); %d of %d messages"
                            + " sent twice (%.1f per thousand); connections per instance %s; %d ownership samples, %d of a"
                            + " processor retrying a failed segment%n",
                    load.summary(), audit.observed(), vendors.summary(), vendors.leftUnanswered().size()
                            + " left unanswered", killed.size(),
                    killed.stream().map(Kill::victim).collect(Collectors.joining(", ")),
                    handOvers.stream().map(h -> h.segments().size() + " segments " + h.took().toMillis() + " ms").toList(),
                    killed.stream().map(k -> k.claimedMessages().size()).toList(),
                    killed.stream().map(k -> k.pickedDeadlines().size()).toList(),
                    lateness.size(), lateness.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO).toMillis(),
                    lateness.isEmpty() ? 0 : lateness.stream().sorted().toList().get(lateness.size() / 2).toMillis(),
                    copies, sent, sent == 0 ? 0.0 : 1000.0 * copies / sent, balancer.connections(), owners.samples(),
                    owners.retrying());

            assertThat(owners.samples()).as("samples of the segments' owners").isGreaterThan(50);
            assertThat(owners.problems()).as("segment ownership in axon.token_entry").isEmpty();
            assertThat(handOvers).as("hand-overs, one a kill").hasSize(KILLS)
                    .allSatisfy(handOver -> assertThat(handOver.segments()).as("segments the dead instance held")
                            .isNotEmpty());
            assertThat(problems).as("deadlines and claimed messages of the killed instances").isEmpty();
            assertThat(vendors.refusals()).as("vendor steps refused").isEmpty();
            assertThat(vendors.steps()).as(vendors.summary())
                    .containsKeys("confirm", "reject", "left", "dispatch", "deliver", "pay", "part payment");
            assertThat(load.apiOrders().stream().filter(FaultLoad.ApiOrder::accepted)).as(load.summary()).isNotEmpty();
            assertThat(load.messages().stream().filter(m -> m.accepted() && m.isConfirmation())).as(load.summary())
                    .isNotEmpty();
            assertThat(audit.problems()).as(load.summary()).isEmpty();
        }
        TestDatabase.drop(DATABASE);
    }

    /** Once the instance killed last is up again (healthy): its new JVM is known and it is back behind the balancer. */
    private static void backInRotation(CompletableFuture<TokenOwners.Instance> restarted, Balancer balancer)
            throws Exception {
        TokenOwners.Instance instance = restarted.get(3, TimeUnit.MINUTES);
        if (instance != null) {
            instance.started();
            balancer.up(instance.app.port());
        }
    }

    private static AppProcess instance(String name, TwilioStub twilio) {
        return AppProcess.withDemoData(name, DATABASE, twilio,
                "--khaacho.twilio.relay.claim-for=" + MESSAGE_CLAIM,
                "--khaacho.orders.vendor-response=" + VENDOR_RESPONSE,
                // names the deadlines it picks (db-scheduler's default, the host name, is the same for both)
                "--db-scheduler.scheduler-name=" + name);
    }

    /** Clients through the balancer, acting as the demo user with that phone (tokens signed as the instances expect). */
    private static Function<String, Api> clientsThrough(Balancer balancer, JdbcTemplate jdbc) {
        TokenIssuer tokens = new TokenIssuer(JwtKeys.load(null, null, Path.of("target/test-keys/jwt-signing-key.pem")),
                "khaacho", Duration.ofHours(2), Clock.systemUTC());
        UserDirectory users = new UserDirectory(jdbc);
        return phone -> {
            UserDirectory.User user = users.byPhone(phone).orElseThrow(() -> new AssertionError("no user " + phone));
            return new Api(balancer.port(), JSON, tokens.issue(user.id(), user.role(), user.phone(), Channel.API));
        };
    }

    /** The outbound messages the dead instance had claimed and not sent, with the end of each claim. */
    private static Map<Long, Instant> claimedMessages(JdbcTemplate jdbc, long deadPid) {
        Map<Long, Instant> claimed = new TreeMap<>();
        jdbc.query("""
                SELECT id, claimed_until FROM messaging.outbox
                WHERE status = 'PENDING' AND claimed_by LIKE ? AND claimed_until > now()""", rs -> {
            claimed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }, deadPid + "@%");
        return claimed;
    }

    /** The deadlines the dead instance had picked (was running) when it died. */
    private static List<String> pickedDeadlines(JdbcTemplate jdbc, String scheduler) {
        return jdbc.queryForList("""
                SELECT task_instance FROM axon.scheduled_tasks WHERE task_name = ? AND picked AND picked_by = ?""",
                String.class, IntegrationTest.DEADLINE_TASK, scheduler);
    }

    /** Before the killed instance comes back: what it had claimed is sent (by the survivor) soon after the claim ran out. */
    private static void awaitSent(JdbcTemplate jdbc, Kill kill, List<String> problems) {
        if (kill.claimedMessages().isEmpty()) {
            return;
        }
        Duration bound = Duration.between(Instant.now(), kill.at().plus(MESSAGE_CLAIM)).plusSeconds(10);
        try {
            Eventually.waitUntil("the messages " + kill.victim() + " claimed sent", bound, () -> jdbc.queryForObject(
                    "SELECT count(*) FROM messaging.outbox WHERE id = ANY (?) AND status = 'PENDING'", Integer.class,
                    (Object) kill.claimedMessages().keySet().toArray(Long[]::new)) == 0);
        } catch (AssertionError e) {
            problems.add(e.getMessage() + " (killed at " + kill.at() + ")");
        }
    }

    /** Each message a dead instance had claimed went out once its claim had run out, not before (no second claim). */
    private static void checkClaimedMessagesSentAfterTheirClaim(JdbcTemplate jdbc, List<Kill> kills, List<String> problems) {
        for (Kill kill : kills) {
            kill.claimedMessages().forEach((id, claimedUntil) -> {
                Map<String, Object> row = jdbc.queryForMap("SELECT status, sent_at FROM messaging.outbox WHERE id = ?", id);
                Timestamp sentAt = (Timestamp) row.get("sent_at");
                if (!"SENT".equals(row.get("status")) || sentAt == null || sentAt.toInstant().isBefore(claimedUntil)) {
                    problems.add("message " + id + " claimed by " + kill.victim() + " until " + claimedUntil + " is "
                            + row);
                }
            });
        }
    }

    /** Waits until no order waits for its vendor: each expires within twice the vendor's time and the bound. */
    private static void awaitNoneWaitingForItsVendor(JdbcTemplate jdbc) {
        Eventually.waitUntil("every order left by its vendor expired",
                VENDOR_RESPONSE.multipliedBy(2).plus(DEADLINE_BOUND).plusSeconds(30), () -> jdbc.queryForObject("""
                        SELECT count(*) FROM (SELECT DISTINCT ON (aggregateidentifier) payloadtype
                                              FROM event_store.domain_event_entry WHERE aggregateidentifier LIKE 'order-%'
                                              ORDER BY aggregateidentifier, sequencenumber DESC) last
                        WHERE payloadtype IN (?, ?)""", Integer.class, OrderAwaitingVendor.class.getName(),
                        VendorReminded.class.getName()) == 0);
    }

    /**
     * Every order that waited for its vendor and was not answered (the vendors' own choice, or no answer in
     * time) was reminded once, on time, and then expired, on time: twice the vendor's time after it began
     * to wait, and at most the bound later. Answers how late each expiry was.
     */
    private static List<Duration> checkVendorDeadlines(JdbcTemplate jdbc, Set<String> leftByVendors, List<String> problems) {
        Map<String, List<Map<String, Object>>> byOrder = new HashMap<>();
        jdbc.queryForList("""
                SELECT aggregateidentifier AS order_id, payloadtype AS type, timestamp, convert_from(payload, 'UTF8') AS payload
                FROM event_store.domain_event_entry WHERE aggregateidentifier LIKE 'order-%' AND payloadtype IN (?, ?, ?)
                ORDER BY aggregateidentifier, sequencenumber""", OrderAwaitingVendor.class.getName(),
                VendorReminded.class.getName(), OrderExpired.class.getName())
                .forEach(row -> byOrder.computeIfAbsent((String) row.get("order_id"), o -> new ArrayList<>()).add(row));
        List<Duration> lateness = new ArrayList<>();
        leftByVendors.stream().filter(id -> !byOrder.containsKey(id))
                .forEach(id -> problems.add("order " + id + " left by its vendor never waited for it"));
        byOrder.forEach((orderId, events) -> {
            List<String> types = events.stream().map(e -> simpleName((String) e.get("type"))).toList();
            boolean expired = types.contains(OrderExpired.class.getSimpleName());
            if (!expired && !leftByVendors.contains(orderId)) {
                return;
            }
            if (!types.equals(List.of("OrderAwaitingVendor", "VendorReminded", "OrderExpired"))) {
                problems.add("order " + orderId + " left by its vendor went " + types);
                return;
            }
            Instant waiting = Instant.parse((String) events.get(0).get("timestamp"));
            Instant firstDue = Instant.parse(field(events.get(0), "respondBy"));
            Instant reminded = Instant.parse((String) events.get(1).get("timestamp"));
            Instant secondDue = Instant.parse(field(events.get(1), "respondBy"));
            Instant expiredAt = Instant.parse((String) events.get(2).get("timestamp"));
            if (reminded.isBefore(firstDue) || expiredAt.isBefore(secondDue)) {
                problems.add("order " + orderId + " was reminded at " + reminded + " (due " + firstDue
                        + ") and expired at " + expiredAt + " (due " + secondDue + "): too early");
            }
            Duration late = Duration.between(waiting.plus(VENDOR_RESPONSE.multipliedBy(2)), expiredAt);
            lateness.add(late);
            if (late.compareTo(DEADLINE_BOUND) > 0) {
                problems.add("order " + orderId + " began to wait at " + waiting + " and expired at " + expiredAt
                        + ", " + late.toMillis() + " ms late");
            }
        });
        return lateness;
    }

    private static String field(Map<String, Object> event, String name) {
        try {
            JsonNode payload = JSON.readTree((String) event.get("payload"));
            return payload.get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
