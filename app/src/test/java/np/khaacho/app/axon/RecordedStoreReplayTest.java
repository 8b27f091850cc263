package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.ReadModelChecksums;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store an earlier build recorded ({@code src/test/resources/stores/}, see its README) still
 * replays, under this build, to the read model that build computed from it, and restoring and
 * replaying it sends nobody anything and adds no event. The store is restored into a fresh database,
 * this build starts on it as production does (its migrations run on top of the recorded schema),
 * and every projection is replayed from the first event.
 */
class RecordedStoreReplayTest {

    private static final String DATABASE = TestDatabase.NAME + "_restored";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);
    private static final String ADMIN = IntegrationTest.ADMIN_PHONE;

    @Test
    void theRecordedStoreReplaysToTheRecordedReadModelWithoutSendingOrAddingAnything() throws InterruptedException {
        RecordedStore.restore(DATABASE);
        JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE, TestDatabase.USER, TestDatabase.PASSWORD));
        Map<String, Long> events = RecordedStore.eventTypes(restored);
        assertThat(RecordedStore.describe(events)).as("the events restored")
                .isEqualTo(withoutComments(RecordedStore.text(RecordedStore.EVENTS)));
        Map<String, String> expected = ReadModelChecksums.parse(RecordedStore.text(RecordedStore.CHECKSUMS));
        for (String table : expected.keySet()) {
            // a table of a projection newer than the recording comes with this build's migrations, empty
            boolean recorded = Boolean.TRUE.equals(restored.queryForObject(
                    "SELECT to_regclass(?) IS NOT NULL", Boolean.class, "read_model." + table));
            if (recorded) {
                assertThat(count(restored, "SELECT count(*) FROM read_model." + table))
                        .as("rows in %s before the replay builds them", table).isZero();
            }
        }
        long outbox = count(restored, "SELECT count(*) FROM messaging.outbox");

        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        try (ClusterNode node = ClusterNode.startProduction("restored", DATABASE,
                ClusterNode.twilioSettings(twilio).toArray(String[]::new))) {
            Api admin = node.as(ADMIN);
            List<String> projections = ProjectionReplay.names(admin);
            ProjectionReplay.awaitCaughtUp(admin, projections);
            ProjectionReplay.replayAll(admin, projections);
            ProjectionReplay.awaitCaughtUp(admin, projections);

            Map<String, String> replayed = ReadModelChecksums.of(node.jdbc);
            // what the start could set off (sagas, notifications, the outbox relay) has had its turns by now
            Thread.sleep(2_000);
            // all reported at once: which tables differ, and whether anything was added or sent
            SoftAssertions.assertSoftly(softly -> {
                softly.assertThat(ReadModelChecksums.differences(expected, replayed))
                        .as("read-model tables replayed from the recorded store unlike the recording").isEmpty();
                softly.assertThat(count(node.jdbc, "SELECT count(*) FROM axon.dead_letter_entry"))
                        .as("events no handler took").isZero();
                softly.assertThat(RecordedStore.eventTypes(node.jdbc)).as("no event added").isEqualTo(events);
                softly.assertThat(count(node.jdbc, "SELECT count(*) FROM messaging.outbox")).as("no message queued")
                        .isEqualTo(outbox);
                softly.assertThat(twilio.requests()).as("nothing sent to WhatsApp").isEmpty();
            });
        }
    }

    private static String withoutComments(String text) {
        StringBuilder lines = new StringBuilder();
        text.lines().filter(line -> !line.startsWith("#")).forEach(line -> lines.append(line).append('\n'));
        return lines.toString();
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return RecordedStore.count(jdbc, sql);
    }
}
