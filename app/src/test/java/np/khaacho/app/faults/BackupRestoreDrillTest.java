package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.ReadModelChecksums;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup and restore procedure, drilled. {@code pg_dump -Fc} of the running application
 * while buyers order over the API and WhatsApp; the load goes on a little, the old system loses Twilio
 * a random moment after the backup, then it dies (SIGKILL: the disaster) and its database is given up. The dump is restored with {@code pg_restore}
 * into a fresh database, the messages it holds as pending are held, and the application is started on
 * it. Everything the old system accepted before the backup began is there and ends where it should
 * ({@link FaultAudit}: stock, credit, sagas with their deadlines scheduled, no dead letters); what it
 * accepted later is lost by design, or there if the dump's snapshot already held it, and then complete.
 * Every projection, replayed on the restored system, gives back the restored read model table for table
 * (checksums). No message the backup holds as sent goes out again. The held messages are listed for
 * admins, who retry those that Twilio's log does not show; the others the old system had sent after the
 * backup began, and a restore without the hold sends them twice: counted and printed per thousand. The
 * restore is recorded, so a message made again for work the backup held unfinished, which the old system had
 * sent, is found in Twilio's log and not sent twice (the vendor's time to answer runs from the event that
 * asked for it, so such a notice reads the same). The seed is printed; {@code -Dkhaacho.fault.seed=…}
 * repeats it.
 */
class BackupRestoreDrillTest {

    private static final String OLD = "khaacho_backup_drill_old";
    private static final String RESTORED = "khaacho_backup_drill_restored";
    /** The relays' claims on outbox messages run out this soon: the stub answers at once. */
    private static final Duration CLAIM = Duration.ofSeconds(15);
    /** The most time between Twilio taking a message and the outbox marking it sent. */
    private static final Duration SEND_WINDOW = Duration.ofSeconds(2);

    @RegisterExtension
    static final ScratchDatabase OLD_DATABASE = new ScratchDatabase(OLD);
    @RegisterExtension
    static final ScratchDatabase RESTORED_DATABASE = new ScratchDatabase(RESTORED);

    @Test
    void aBackupOfTheRunningSystemRestoresToAConsistentSystemThatLosesOnlyWhatCameAfterIt() throws Exception {
        Instant began = Instant.now();
        long seed = FaultLoad.seed(BackupRestoreDrillTest.class);
        Random random = new Random(seed);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        Path dump = Path.of("target/backups", OLD + ".dump");
        Files.deleteIfExists(dump);

        // the running system, under load, backed up; it goes on for a while, then dies
        FaultLoad load;
        int apiOrdersBeforeBackup;
        int messagesBeforeBackup;
        Instant backupBegan;
        Duration backupTook;
        try (AppProcess old = AppProcess.withDemoData("backup-drill-old", OLD, twilio, claimFor()).start()) {
            load = FaultLoad.onDemoBuyers(old, seed).start();
            try (load) {
                Thread.sleep(4000 + random.nextInt(4000));
                // requests are recorded once answered: these were answered before the dump's snapshot was taken
                apiOrdersBeforeBackup = load.apiOrders().size();
                messagesBeforeBackup = load.messages().size();
                backupBegan = Instant.now();
                PgBackup.dump(OLD, dump);
                backupTook = Duration.between(backupBegan, Instant.now());
                // the disaster begins: first Twilio is out of the old system's reach, so that some of the backup's
                // pending messages never went out; the buyers still reach it
                Thread.sleep(random.nextInt(1500));
                twilio.failEverything(503, 20500);
                Thread.sleep(2000 + random.nextInt(2000));
                load.stop();
            }
        }
        List<TwilioStub.MessageRequest> sentByOld = twilio.requests();
        twilio.stopFailing();

        // a fresh database, the backup restored into it, its pending messages held, the application started on it
        Instant restoreBegan = Instant.now();
        TestDatabase.recreate(RESTORED);
        PgBackup.restore(dump, RESTORED);
        Duration restoreTook = Duration.between(restoreBegan, Instant.now());
        Restored requests;
        FaultAudit audit;
        int deadlines;
        RestoredOutbox.Report messages;
        Set<Long> listedAsHeld;
        Set<Long> heldInBackup;
        Map<String, String> readModel;
        long readModelRows;
        List<String> replayed = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        int queuedByReplays;
        int sentDuringReplays;
        try (AppProcess restored = AppProcess.withDemoData("backup-drill-restored", RESTORED, twilio, claimFor())) {
            requests = Restored.sort(restored.jdbc(), load, apiOrdersBeforeBackup, messagesBeforeBackup);
            RestoredOutbox outbox = RestoredOutbox.holdPending(restored.jdbc(), backupBegan);
            restored.start();

            // consistent once at rest, for every request accepted before the backup and every one it holds
            audit = new FaultAudit(restored.jdbc()).awaitRest(Duration.ofSeconds(90))
                    .check(requests.apiOrders, requests.messages);
            deadlines = count(restored.jdbc(), "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = ?",
                    IntegrationTest.DEADLINE_TASK);

            // the held messages, as admins list them: those Twilio's log does not show are retried
            Api admin = restored.as(IntegrationTest.ADMIN_PHONE);
            List<TwilioStub.MessageRequest> log = RestoredOutbox.log(sentByOld, backupBegan, SEND_WINDOW);
            List<RestoredOutbox.Row> held = listedAsHeld(admin);
            listedAsHeld = new TreeSet<>(held.stream().map(RestoredOutbox.Row::id).toList());
            Set<Long> retried = new HashSet<>();
            for (RestoredOutbox.Row message : held) {
                if (message.retriable() && !RestoredOutbox.inLog(message, log)) {
                    Api.Reply retry = admin.post("/v1/admin/outbound/" + message.id() + "/retry", Map.of());
                    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
                    retried.add(message.id());
                }
            }
            OutboxAudit.awaitNothingPending(restored.jdbc(), CLAIM.plusSeconds(60));
            messages = outbox.check(restored.jdbc(), sentByOld, twilio.requests().subList(sentByOld.size(),
                    twilio.requestCount()), backupBegan, SEND_WINDOW, retried);
            heldInBackup = new TreeSet<>(outbox.pending().stream().map(RestoredOutbox.Row::id).toList());

            // every projection rebuilt from the restored event store gives back the restored read model; each
            // replay is compared with the read model just before it, so that a difference names its projection
            readModel = ReadModelChecksums.of(restored.jdbc());
            readModelRows = ReadModelChecksums.rows(restored.jdbc());
            int outboxBeforeReplays = count(restored.jdbc(), "SELECT count(*) FROM messaging.outbox");
            int sentBeforeReplays = twilio.requestCount();
            Map<String, String> beforeReplay = readModel;
            for (String projection : projections(admin)) {
                replay(admin, projection);
                Map<String, String> afterReplay = ReadModelChecksums.of(restored.jdbc());
                ReadModelChecksums.differences(beforeReplay, afterReplay)
                        .forEach(difference -> differences.add("after replaying " + projection + ": " + difference));
                replayed.add(projection);
                beforeReplay = afterReplay;
            }
            queuedByReplays = count(restored.jdbc(), "SELECT count(*) FROM messaging.outbox") - outboxBeforeReplays;
            sentDuringReplays = twilio.requestCount() - sentBeforeReplays;
        }

        System.out.printf("BackupRestoreDrillTest load: %s; backup after %d of them: %d KiB in %d ms, restored in %d ms;"
                        + " %s; restored: %s, %d deadlines scheduled; %s; %d projections replayed, %d read-model rows"
                        + " in %d tables, checksums %s; %d s in all%n",
                load.summary(), apiOrdersBeforeBackup + messagesBeforeBackup, Files.size(dump) / 1024,
                backupTook.toMillis(), restoreTook.toMillis(), requests, audit.observed(), deadlines, messages,
                replayed.size(), readModelRows, readModel.size(),
                differences.isEmpty() ? "equal" : "different", Duration.between(began, Instant.now()).toSeconds());
        assertThat(requests.acceptedBeforeBackup()).as("requests accepted before the backup began").isPositive();
        assertThat(load.apiOrders().size() + load.messages().size())
                .as("requests sent after the backup began").isGreaterThan(apiOrdersBeforeBackup + messagesBeforeBackup);
        assertThat(audit.problems()).as(load.summary()).isEmpty();
        assertThat(messages.problems()).as(messages.toString()).isEmpty();
        assertThat(listedAsHeld).as("held messages listed for admins").isEqualTo(heldInBackup);
        assertThat(replayed).as("the projections").contains("orders-projection", "catalog-projection",
                "credit-projection", "analytics-projection", "users-projection");
        assertThat(differences).as("read-model tables that a replay on the restored system changed").isEmpty();
        assertThat(queuedByReplays).as("messages queued by the replays").isZero();
        assertThat(sentDuringReplays).as("messages sent during the replays").isZero();
    }

    private static String claimFor() {
        return "--khaacho.twilio.relay.claim-for=" + CLAIM;
    }

    /** The failed messages admins see with the note of the hold, page by page. */
    private static List<RestoredOutbox.Row> listedAsHeld(Api admin) {
        List<RestoredOutbox.Row> held = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode listed = admin.get("/v1/admin/outbound?status=FAILED&size=100&page=" + page).data();
            listed.get("items").forEach(message -> {
                if (message.path("lastError").asText().startsWith("held at a restore")) {
                    held.add(new RestoredOutbox.Row(message.get("id").asLong(), message.get("status").asText(), null,
                            message.get("phone").asText(), message.get("kind").asText(), message.get("body").asText()));
                }
            });
            if ((page + 1) * 100L >= listed.get("total").asLong()) {
                return held;
            }
        }
    }

    /**
     * The requests as the audit of the restored system sees them. Those answered before the backup began
     * stay as they were: they must be there. Those answered later were accepted by a system that is gone:
     * each one the backup holds stays accepted (and must be complete), each one it does not hold counts as
     * never answered (lost with the restore; no order may come of it).
     */
    private record Restored(List<FaultLoad.ApiOrder> apiOrders, List<FaultLoad.Message> messages,
                            int acceptedBeforeBackup, int keptAfter, int lostAfter) {

        static Restored sort(JdbcTemplate restored, FaultLoad load, int apiOrdersBeforeBackup, int messagesBeforeBackup) {
            Set<String> keys = new HashSet<>(restored.queryForList(
                    "SELECT idem_key FROM write_model.idempotency_keys", String.class));
            Set<String> sids = new HashSet<>(restored.queryForList(
                    "SELECT message_sid FROM whatsapp.inbound_messages", String.class));
            List<FaultLoad.ApiOrder> apiOrders = new ArrayList<>();
            List<FaultLoad.Message> messages = new ArrayList<>();
            int before = 0;
            int kept = 0;
            int lost = 0;
            List<FaultLoad.ApiOrder> sentOrders = load.apiOrders();
            for (int i = 0; i < sentOrders.size(); i++) {
                FaultLoad.ApiOrder order = sentOrders.get(i);
                if (i < apiOrdersBeforeBackup || !order.accepted()) {
                    before += i < apiOrdersBeforeBackup && order.accepted() ? 1 : 0;
                    apiOrders.add(order);
                } else if (keys.contains(order.idempotencyKey())) {
                    kept++;
                    apiOrders.add(order);
                } else {
                    lost++;
                    apiOrders.add(new FaultLoad.ApiOrder(order.buyerPhone(), order.idempotencyKey(), order.items(),
                            List.of(), 0, "accepted after the backup began, not in it"));
                }
            }
            List<FaultLoad.Message> sentMessages = load.messages();
            for (int i = 0; i < sentMessages.size(); i++) {
                FaultLoad.Message message = sentMessages.get(i);
                if (i < messagesBeforeBackup || !message.accepted()) {
                    before += i < messagesBeforeBackup && message.accepted() ? 1 : 0;
                    messages.add(message);
                } else if (sids.contains(message.messageSid())) {
                    kept++;
                    messages.add(message);
                } else {
                    lost++;
                    messages.add(new FaultLoad.Message(message.messageSid(), message.phone(), message.body(),
                            message.confirms(), false));
                }
            }
            return new Restored(apiOrders, messages, before, kept, lost);
        }

        @Override
        public String toString() {
            return acceptedBeforeBackup + " requests accepted before the backup began, of those accepted later "
                    + keptAfter + " in the backup and " + lostAfter + " lost with the restore";
        }
    }

    private static List<String> projections(Api admin) {
        List<String> names = new ArrayList<>();
        admin.get("/v1/admin/projections").data().forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    /** Replays one projection from the first event and waits until it runs again, caught up with the head. */
    private static void replay(Api admin, String projection) {
        Api.Reply started = admin.post("/v1/admin/projections/" + projection + "/replay", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Eventually.waitUntil(projection + " replayed and caught up", Duration.ofSeconds(60), () -> {
            JsonNode status = admin.get("/v1/admin/projections/" + projection).data();
            return status.get("running").asBoolean() && !status.get("replaying").asBoolean()
                    && status.get("lag").asLong() == 0;
        });
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }
}
