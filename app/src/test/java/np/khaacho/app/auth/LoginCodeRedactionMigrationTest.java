package np.khaacho.app.auth;

import np.khaacho.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that seals login codes, on a database as the version before it left it: login codes
 * stored in clear lose their digits (one still waiting is not sent any more), other messages keep
 * theirs, and existing refresh tokens learn when their session started.
 */
class LoginCodeRedactionMigrationTest {

    private static final String DATABASE = TestDatabase.NAME + "_migration";

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void aDatabaseAtTheVersionBefore() throws Exception {
        TestDatabase.recreate(DATABASE);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE, TestDatabase.USER, TestDatabase.PASSWORD));
        flyway("11").migrate();
    }

    @AfterAll
    static void dropIt() throws Exception {
        TestDatabase.drop(DATABASE);
    }

    @Test
    void loginCodesStoredInClearAreRedactedAndNoLongerSent() {
        long waiting = message("LOGIN_CODE", "PENDING", "482913 is your Khaacho login code. It is valid for 5 minutes. "
                + "Never share it with anyone.");
        long sent = message("LOGIN_CODE", "SENT", "907134 तपाईंको खाचो लगइन कोड हो। यो ५ मिनेटसम्म मात्र चल्छ।");
        long reply = message("REPLY", "SENT", "Order KH-104233 placed: 3 x Jeera rice, NPR 7,050.00");
        UUID family = UUID.randomUUID();
        refreshToken(family, "now() - interval '3 days'");
        refreshToken(family, "now() - interval '1 day'");

        flyway(null).migrate();

        Map<String, Object> redacted = row(waiting);
        assertThat(redacted.get("body")).isEqualTo("[login code] is your Khaacho login code. It is valid for 5 minutes. "
                + "Never share it with anyone.");
        assertThat(redacted).containsEntry("status", "FAILED").containsEntry("sealed_code", null);
        assertThat((String) redacted.get("last_error")).contains("new one");
        assertThat(row(sent)).containsEntry("status", "SENT")
                .containsEntry("body", "[login code] तपाईंको खाचो लगइन कोड हो। यो ५ मिनेटसम्म मात्र चल्छ।");
        assertThat(row(reply)).containsEntry("body", "Order KH-104233 placed: 3 x Jeera rice, NPR 7,050.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE kind = 'LOGIN_CODE' "
                + "AND body ~ '[0-9]{6}'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(DISTINCT session_started_at) FROM auth.refresh_tokens
                WHERE family_id = ? AND session_started_at = (SELECT min(issued_at) FROM auth.refresh_tokens
                                                               WHERE family_id = ?)""",
                Integer.class, family, family)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM auth.refresh_tokens WHERE family_id = ? "
                + "AND session_started_at IS NULL", Integer.class, family)).isZero();
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource("jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE, TestDatabase.USER,
                        TestDatabase.PASSWORD)
                .schemas("event_store", "axon", "write_model", "read_model", "messaging", "whatsapp", "parsing", "auth")
                .defaultSchema("axon")
                .createSchemas(true)
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static long message(String kind, String status, String body) {
        return jdbc.queryForObject("""
                INSERT INTO messaging.outbox (dedup_key, recipient_id, phone, language, kind, body, status)
                VALUES (?, 'user-1', '+9779841100201', 'en', ?, ?, ?) RETURNING id""",
                Long.class, UUID.randomUUID().toString(), kind, body, status);
    }

    private static void refreshToken(UUID family, String issuedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO auth.refresh_tokens (id, token_hash, family_id, user_id, issued_at, expires_at) "
                + "VALUES (?, sha256(convert_to(?, 'UTF8')), ?, 'user-1', " + issuedAt + ", now() + interval '20 days')",
                id, id.toString(), family);
    }

    private static Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM messaging.outbox WHERE id = ?", id);
    }
}
