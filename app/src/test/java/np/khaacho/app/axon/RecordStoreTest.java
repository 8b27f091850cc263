package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.ReadModelChecksums;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records the store that {@link RecordedStoreReplayTest} replays: runs {@link RecordingScenario} on an
 * instance of this build, dumps the database once the instance stopped, checks on a second start that
 * the read model survives the restart and a full replay unchanged (and that nothing was added or sent),
 * and only then writes the dump, the read-model checksums and the events by type to
 * {@code src/test/resources/stores/}.
 * <p>
 * A tool, not a check: it runs only when asked, with {@code -Dkhaacho.recordStore=true}. Never record
 * again to make a failing replay pass (see the README next to the recorded files).
 */
@EnabledIfSystemProperty(named = RecordStoreTest.PROPERTY, matches = "true")
class RecordStoreTest {

    static final String PROPERTY = "khaacho.recordStore";
    private static final String DATABASE = TestDatabase.NAME + "_recording";
    /** The md5 of no rows: a table left empty by the scenario would check nothing. */
    private static final String EMPTY = "d41d8cd98f00b204e9800998ecf8427e";

    @Test
    void recordsTheStoreOfThisBuildAndItsReadModel() throws Exception {
        TestDatabase.recreate(DATABASE);
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        List<String> settings = new ArrayList<>(ClusterNode.twilioSettings(twilio));
        settings.addAll(RecordingScenario.SETTINGS);
        Map<String, String> checksums;
        Map<String, Long> events;
        try (ClusterNode node = ClusterNode.start("recorder", DATABASE, settings.toArray(String[]::new))) {
            new RecordingScenario(node, DATABASE).run();
            awaitRest(node.jdbc);
            Api admin = node.as(RecordingScenario.ADMIN);
            ProjectionReplay.awaitCaughtUp(admin, ProjectionReplay.names(admin));
            checksums = ReadModelChecksums.of(node.jdbc);
            events = RecordedStore.eventTypes(node.jdbc);
            assertThat(checksums).as("every read-model table has rows").doesNotContainValue(EMPTY);
        }
        JdbcTemplate stopped = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE, TestDatabase.USER, TestDatabase.PASSWORD));
        assertThat(RecordedStore.count(stopped, "SELECT count(*) FROM axon.token_entry WHERE owner IS NOT NULL"))
                .as("the stopped instance released every segment").isZero();
        // dumped as the stopped instance left it, before any replay (the tokens are those of a running system)
        Path dump = Files.createDirectories(Path.of("target", "recorded-store")).resolve(RecordedStore.DUMP);
        RecordedStore.dump(DATABASE, dump);

        try (ClusterNode node = ClusterNode.start("recorder-replay", DATABASE, settings.toArray(String[]::new))) {
            Api admin = node.as(RecordingScenario.ADMIN);
            List<String> projections = ProjectionReplay.names(admin);
            ProjectionReplay.awaitCaughtUp(admin, projections);
            assertThat(ReadModelChecksums.of(node.jdbc)).as("the read model after a restart").isEqualTo(checksums);
            long outbox = RecordedStore.count(node.jdbc, "SELECT count(*) FROM messaging.outbox");
            int sent = twilio.requestCount();
            ProjectionReplay.replayAll(admin, projections);
            ProjectionReplay.awaitCaughtUp(admin, projections);
            assertThat(ReadModelChecksums.of(node.jdbc)).as("the read model after a full replay").isEqualTo(checksums);
            assertThat(RecordedStore.eventTypes(node.jdbc)).as("no event from the restart or the replay").isEqualTo(events);
            assertThat(RecordedStore.count(node.jdbc, "SELECT count(*) FROM messaging.outbox")).isEqualTo(outbox);
            assertThat(twilio.requestCount()).isEqualTo(sent);
            assertThat(RecordedStore.count(node.jdbc, "SELECT count(*) FROM axon.dead_letter_entry")).isZero();
        }
        TestDatabase.drop(DATABASE);

        Path folder = Files.createDirectories(RecordedStore.SOURCE_FOLDER);
        Files.copy(dump, folder.resolve(RecordedStore.DUMP), StandardCopyOption.REPLACE_EXISTING);
        String recorded = "Recorded by RecordStoreTest on " + LocalDate.now() + " by the build of commit " + build()
                + " (all but app/src/test).";
        ReadModelChecksums.write(folder.resolve(RecordedStore.CHECKSUMS), checksums, """
                Read-model checksums of the recorded store (store.sql.gz), one line per read_model table:
                md5 of the table's rows as text, in text order, timestamps in UTC (ReadModelChecksums).
                The same after the projections caught up, after a restart and after a full replay of every projection.
                """ + recorded);
        writeEvents(folder.resolve(RecordedStore.EVENTS), events, recorded);
    }

    /** Messages read and sent, no deadline due within a minute, and the event count still for two seconds. */
    private static void awaitRest(JdbcTemplate jdbc) {
        Eventually.waitUntil("messages read and sent, no deadline due soon", Duration.ofSeconds(90), () ->
                count(jdbc, "SELECT count(*) FROM whatsapp.inbound_messages WHERE status <> 'DONE'") == 0
                        && count(jdbc, "SELECT count(*) FROM messaging.outbox WHERE status <> 'SENT'") == 0
                        && count(jdbc, "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'"
                        + " AND execution_time < now() + interval '1 minute'") == 0);
        long[] last = {-1};
        int[] still = {0};
        Eventually.waitUntil("the events at rest", Duration.ofSeconds(60), () -> {
            long now = count(jdbc, "SELECT count(*) FROM event_store.domain_event_entry");
            still[0] = now == last[0] ? still[0] + 1 : 0;
            last[0] = now;
            return still[0] >= 20;
        });
    }

    private static void writeEvents(Path file, Map<String, Long> events, String recorded) throws IOException {
        Files.writeString(file, "# The events of the recorded store by payload type. " + recorded + "\n"
                + RecordedStore.describe(events), StandardCharsets.UTF_8);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return RecordedStore.count(jdbc, sql);
    }

    /**
     * The commit whose build recorded: the last one that changed anything outside the app's tests
     * (the recorder and this store live there), and whether that code had uncommitted changes.
     */
    private static String build() throws IOException, InterruptedException {
        String commit = git("log", "-1", "--format=%h", "--", ":/", ":(top,exclude)app/src/test");
        boolean changed = !git("status", "--porcelain", "--", ":/", ":(top,exclude)app/src/test").isEmpty();
        return commit + (changed ? " with uncommitted changes" : "");
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (git.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
